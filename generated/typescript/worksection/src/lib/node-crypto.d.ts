// The part of Node's built-in `node:crypto` the signing uses (md5 and HMAC-SHA256 have no Web
// Crypto equivalent for md5). The package has no dependencies, @types/node included, so it declares
// what it takes from the built-in itself; Node provides the module at run time.
declare module 'node:crypto' {
  interface Digest {
    update(data: string, encoding: 'utf8'): Digest;
    digest(encoding: 'hex'): string;
  }
  export function createHash(algorithm: 'md5'): Digest;
  export function createHmac(algorithm: 'sha256', key: string): Digest;
}
