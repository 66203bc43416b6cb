import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { IdCodec } from '../../platform/graphql/ids';
import { loadDraw } from './draw-rows';

/** What GET /draws/:id/result.json answers: what ops/draw/verify-draw.mjs checks. */
export interface PublishedResult {
  drawId: string;
  serviceId: string;
  commitment: string;
  seed: string;
  urgentQuota: number;
  entries: { digest: string; urgent: boolean; position: number }[];
}

/** A drawn draw's published result, by its public id; null before the draw (the seed is still secret). */
export async function publishedResult(em: EntityManager, ids: IdCodec, publicId: string): Promise<PublishedResult | null> {
  const key = ids.toDatabaseKey(publicId);
  const draw = key === null ? null : await loadDraw(em, Number(key));
  if (!draw || draw.seed === null || draw.entries === null) return null;
  return { drawId: publicId, serviceId: ids.toPublic(draw.service_id), commitment: draw.commitment, seed: draw.seed, urgentQuota: draw.urgent_quota ?? 0, entries: draw.entries };
}

/** Public, without credentials: anyone may recompute a draw's order once it ran. */
export function drawResultRouter(orm: MikroORM, ids: IdCodec): express.Router {
  const router = express.Router();
  router.get('/draws/:id/result.json', async (req, res) => {
    const result = await publishedResult(orm.em.fork(), ids, req.params.id);
    if (!result) {
      res.status(404).json({ error: 'No such draw, or it has not been drawn yet.' });
      return;
    }
    res.json(result);
  });
  return router;
}
