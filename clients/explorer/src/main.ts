// Monaco asks MonacoEnvironment for its workers: the Vite variant makes them files of this build.
import 'graphiql/setup-workers/vite';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import './explorer.css';

// The API serves this page at /explorer/, next to /graphql: resolving relative to the page keeps
// it working behind a proxy that adds a path prefix.
const httpUrl = new URL('../graphql', window.location.href);
const wsUrl = new URL(httpUrl);
wsUrl.protocol = httpUrl.protocol === 'https:' ? 'wss:' : 'ws:';

const toolkitFetcher = createGraphiQLFetcher({ url: httpUrl.href, subscriptionUrl: wsUrl.href });

// Over WebSocket the headers of the editor become graphql-ws connectionParams, a plain object in
// which the API looks for `authorization` in lower case; HTTP does not care about case.
const fetcher: Fetcher = (params, options) => toolkitFetcher(params, options?.headers ? { ...options, headers: Object.fromEntries(Object.entries(options.headers).map(([name, value]) => [name.toLowerCase(), value])) } : options);

createRoot(document.getElementById('explorer')!).render(createElement(GraphiQL, { fetcher }));
