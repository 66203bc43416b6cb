import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { sqlInstant } from '../../platform/sql';

interface MailRow {
  id: string;
  message_id: string;
  kind: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  ics: string | null;
  status: string;
  delivered_via: string | null;
  created_at: string;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const style = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:1rem}iframe{width:100%;height:32rem;border:1px solid #ccc}a{color:#004b87}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${style}</style></head><body>${body}</body></html>`;
}

/**
 * Development only: the mails of the outbox as a web page, so that without an SMTP server a
 * newcomer still sees the confirmation mail (and its HTML, text and calendar file).
 */
export function mailboxRouter(orm: MikroORM): express.Router {
  const router = express.Router();
  // The page shows our own mails only; none of it may run scripts or load anything from elsewhere.
  router.use((_req, res, next) => {
    res.set({ 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'", 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    next();
  });
  router.get('/', async (_req, res) => {
    const rows = await orm.em.fork().execute<MailRow[]>(`select * from outbox_message where channel = 'email' order by created_at desc, id desc limit 200`);
    const items = rows
      .map(
        (row) =>
          `<tr><td>${escapeHtml(sqlInstant(row.created_at).toISOString())}</td><td>${escapeHtml(row.recipient)}</td><td><a href="mailbox/${row.id}">${escapeHtml(row.subject)}</a></td><td>${escapeHtml(row.status)}${row.delivered_via ? ` (${escapeHtml(row.delivered_via)})` : ''}</td></tr>`,
      )
      .join('');
    res.type('html').send(
      page(
        'Mailbox (development)',
        `<h1>Mailbox (development)</h1><p>The mails the API wrote, newest first. Without SMTP settings (SMTP_URL) they stay here.</p>
<table><thead><tr><th>Written (UTC)</th><th>To</th><th>Subject</th><th>Status</th></tr></thead><tbody>${items || '<tr><td colspan="4">No mails yet: book an appointment in the portal.</td></tr>'}</tbody></table>`,
      ),
    );
  });
  const byId = async (id: string): Promise<MailRow | undefined> => {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const [row] = await orm.em.fork().execute<MailRow[]>(`select * from outbox_message where id = ? and channel = 'email'`, [id]);
    return row;
  };
  router.get('/:id', async (req, res) => {
    const row = await byId(req.params.id);
    if (!row) return void res.status(404).type('text').send('No such mail.');
    res.type('html').send(
      page(
        row.subject,
        `<p><a href="../mailbox">← Mailbox</a></p><h1>${escapeHtml(row.subject)}</h1>
<p>To: ${escapeHtml(row.recipient)}<br>Message-ID: ${escapeHtml(row.message_id)}<br>Kind: ${escapeHtml(row.kind)}${row.ics ? `<br>Attachment: <a href="${row.id}/termin.ics">termin.ics</a>` : ''}</p>
${row.html_body ? `<iframe sandbox title="HTML version" src="${row.id}/html"></iframe>` : ''}<h2>Plain text</h2><pre>${escapeHtml(row.text_body)}</pre>`,
      ),
    );
  });
  router.get('/:id/html', async (req, res) => {
    const row = await byId(req.params.id);
    if (!row?.html_body) return void res.status(404).type('text').send('No such mail.');
    res.type('html').send(row.html_body);
  });
  router.get('/:id/termin.ics', async (req, res) => {
    const row = await byId(req.params.id);
    if (!row?.ics) return void res.status(404).type('text').send('No such attachment.');
    res.type('text/calendar').send(row.ics);
  });
  return router;
}
