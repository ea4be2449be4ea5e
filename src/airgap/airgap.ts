/**
 * Air-gapped cold signing (docs/custody-tiers.md, decision 0023): the one
 * object the request service builds and the handlers and the CLI use.
 *
 *   online:  request export ID  -> custos-req1 file   (AirgapOnline.export)
 *   offline: offline sign FILE  -> custos-resp1 file  (OfflineSigner.sign)
 *   online:  request import FILE -> request signed    (AirgapOnline.import)
 *   both:    offline identity / offline pair          (AirgapPeers)
 */
import type { PolicyService } from '../policy/service.js';
import type { RequestRows } from '../requests/rows.js';
import { AirgapOnline } from './online.js';
import { OfflineSigner } from './offline-signer.js';
import { AirgapPeers } from './peers.js';

export class Airgap {
  readonly peers: AirgapPeers;
  readonly online: AirgapOnline;
  readonly offline: OfflineSigner;

  constructor(rows: RequestRows, policies: PolicyService) {
    this.peers = new AirgapPeers(rows.inst, rows.keys);
    this.online = new AirgapOnline(rows, policies, this.peers);
    this.offline = new OfflineSigner(rows, policies, this.peers);
  }
}
