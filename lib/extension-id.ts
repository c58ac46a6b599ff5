/**
 * Accord's Chrome extension id, pinned by the manifest's `key` (the public half of a key pair; the
 * private half was never kept: unpacked and store builds need only this). A pinned id lets the Google
 * Docs main-world script name Accord to Docs' canvas-annotation hook without asking the extension,
 * which a main-world script cannot do. test/extension/extension-id.test.ts checks that the id is
 * the one Chrome derives from the key (the first 128 bits of its SHA-256, written with the letters a–p).
 */
export const MANIFEST_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAk9kbe8c45LMxzdE9qX309IiDRXF+6q++ea9vHx2Nt8NgAMXEY0Rs9llgZD69p6bwl4Kpu+HVAk0GxXWL0VglrpWfHOO7CvNLdmvpv+QhKa6M6Cwb+6iK9OrLDeGwkzjFANxz+irhElEiR/u9EG0nniiWHI8Nc8gp9uchFHkXzJA5B6npW6FGci/GP6CP3nDBwtvaezNm69sfXJDcjOC9i2QUFYwGih5p+R/C1aFj2EhUdYK4io0/T826EKmWlBdefKeC9fk9b7qA6kB4bTH9QVdYZDRJ05nSAbWX+Lq3cX6TdX1sRPUIfFWHO37vByDqOCs1BXNAkMhMtGy6If3cIQIDAQAB';

export const EXTENSION_ID = 'mbpdiljbjmekfjnhjbiehakkdmljdakc';
