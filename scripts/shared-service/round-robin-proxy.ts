// A small HTTP proxy on loopback that hands each request to the next app instance in turn, as a load balancer in
// front of a shared service would (no sticky sessions). Each answer says which instance made it (X-Served-By), so
// that the tests can see both were used. For the shared-service test and benchmark only.
import http from "node:http";
import type { AddressInfo } from "node:net";

export async function startRoundRobinProxy(ports: number[], listenPort = 0): Promise<{ port: number; stop: () => Promise<void> }> {
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((request, response) => {
    const index = next++ % ports.length;
    // One hop appended to X-Forwarded-For, as a real load balancer does (the instances run with TRUST_PROXY=1).
    const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      { host: "127.0.0.1", port: ports[index], method: request.method, path: request.url, headers: { ...request.headers, "x-forwarded-for": forwardedFor }, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": `instance-${index + 1}` });
        answer.pipe(response);
      },
    );
    upstream.on("error", (error) => {
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
      response.end(`Bad gateway: ${error.message}`);
    });
    request.pipe(upstream);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
