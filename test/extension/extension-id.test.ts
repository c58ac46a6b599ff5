import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, MANIFEST_KEY } from '../../lib/extension-id';

describe('pinned extension id', () => {
  it('is the id Chrome derives from the manifest key', () => {
    const hex = createHash('sha256').update(Buffer.from(MANIFEST_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')).toBe(EXTENSION_ID);
  });
});
