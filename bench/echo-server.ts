/** A bare fastify echo (the reference for bench/http.ts): POST /echo returns the body. */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/echo', async (req) => req.body);
await app.listen({ host: '127.0.0.1', port: 0 });
const addr = app.server.address();
console.log(`listening on http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`);
