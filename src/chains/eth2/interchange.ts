/**
 * The EIP-3076 slashing-protection interchange format, version 5: parse and
 * check a document into the store's records, and write one from them.
 * Spec: https://eips.ethereum.org/EIPS/eip-3076 ("JSON Schema").
 */
import { badInput } from '../../errors.js';
import type { ValidatorHistory } from '../../store/slashing.js';
import { array, object, pubkey, root, uint } from './values.js';

export const INTERCHANGE_FORMAT_VERSION = '5';

export interface Interchange {
  genesisValidatorsRoot: string;
  data: ValidatorHistory[];
}

/**
 * Parse an interchange document (a JSON value). Refuses any other format version and any
 * malformed field (E_BAD_INPUT naming it); the same pubkey may appear more than once (merged by the importer).
 * @example parseInterchange(JSON.parse(file)).data.length
 */
export function parseInterchange(doc: unknown): Interchange {
  const top = object(doc, 'interchange');
  const meta = object(top.metadata, 'metadata');
  if (meta.interchange_format_version !== INTERCHANGE_FORMAT_VERSION) {
    throw badInput(`metadata.interchange_format_version: only version ${INTERCHANGE_FORMAT_VERSION} is supported`, {
      field: 'metadata.interchange_format_version',
    });
  }
  const genesisValidatorsRoot = root(meta.genesis_validators_root, 'metadata.genesis_validators_root');
  const data = array(top.data, 'data').map((item, i): ValidatorHistory => {
    const v = object(item, `data[${i}]`);
    const optionalRoot = (r: unknown, field: string): string | null => (r === undefined || r === null ? null : root(r, field));
    return {
      pubkey: pubkey(v.pubkey, `data[${i}].pubkey`),
      signedBlocks: array(v.signed_blocks, `data[${i}].signed_blocks`).map((b, j) => {
        const f = `data[${i}].signed_blocks[${j}]`;
        const o = object(b, f);
        return { slot: uint(o.slot, `${f}.slot`), signingRoot: optionalRoot(o.signing_root, `${f}.signing_root`) };
      }),
      signedAttestations: array(v.signed_attestations, `data[${i}].signed_attestations`).map((a, j) => {
        const f = `data[${i}].signed_attestations[${j}]`;
        const o = object(a, f);
        return {
          sourceEpoch: uint(o.source_epoch, `${f}.source_epoch`),
          targetEpoch: uint(o.target_epoch, `${f}.target_epoch`),
          signingRoot: optionalRoot(o.signing_root, `${f}.signing_root`),
        };
      }),
    };
  });
  return { genesisValidatorsRoot, data };
}

/** The interchange document (version 5) of `data`, numbers as decimal strings, roots only where known. */
export function formatInterchange(genesisValidatorsRoot: string, data: readonly ValidatorHistory[]): Record<string, unknown> {
  return {
    metadata: { interchange_format_version: INTERCHANGE_FORMAT_VERSION, genesis_validators_root: genesisValidatorsRoot },
    data: data.map((v) => ({
      pubkey: v.pubkey,
      signed_blocks: v.signedBlocks.map((b) => ({ slot: String(b.slot), ...(b.signingRoot ? { signing_root: b.signingRoot } : {}) })),
      signed_attestations: v.signedAttestations.map((a) => ({
        source_epoch: String(a.sourceEpoch),
        target_epoch: String(a.targetEpoch),
        ...(a.signingRoot ? { signing_root: a.signingRoot } : {}),
      })),
    })),
  };
}
