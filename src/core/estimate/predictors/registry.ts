// Predictor kinds by name: a profile's `predictor.kind` selects how its layers are predicted.
import type { PredictorKind } from '../profile-types.js';
import { EnergyDiffError } from '../../common/index.js';
import { getznerPredictor } from './getzner.js';
import { rooflinePredictor } from './roofline.js';

const KINDS: ReadonlyMap<string, PredictorKind> = new Map([getznerPredictor, rooflinePredictor].map((k) => [k.kind, k]));

export const PREDICTOR_KINDS: readonly string[] = [...KINDS.keys()];

export function predictorKind(kind: string, profileId: string): PredictorKind {
  const found = KINDS.get(kind);
  if (!found) {
    throw new EnergyDiffError('E_PROFILE_FIELD', `unknown predictor kind ${JSON.stringify(kind)} in profile ${profileId}; known: ${PREDICTOR_KINDS.join(', ')}`, {
      file: profileId,
      jsonPath: '$.predictor.kind',
    });
  }
  return found;
}
