// Redirects name the service as its users reach it. Behind a proxy or load balancer a request's own URL is the
// instance's internal address (http://127.0.0.1:3001), so the public address NEXTAUTH_URL comes first.

export function publicUrl(path: string, request: Request): URL {
  return new URL(path, process.env.NEXTAUTH_URL || request.url);
}
