// The portal's service worker for the queue heads-up (Web Push): it shows the notice the API
// sends ({ title, body, url }) and, when clicked, brings the status page forward or opens it.
self.addEventListener('push', (event) => {
  const notice = event.data ? event.data.json() : {};
  event.waitUntil(
    self.registration.showNotification(notice.title || 'Gleich sind Sie dran', {
      body: notice.body || '',
      data: { url: notice.url || self.registration.scope },
      tag: 'queue-heads-up',
      renotify: true,
      requireInteraction: true,
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data && event.notification.data.url;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url.includes('/portal/status'));
      return open ? open.focus() : self.clients.openWindow(url || self.registration.scope);
    }),
  );
});
