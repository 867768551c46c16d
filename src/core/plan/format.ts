// How `inspect` shows a kernel plan: one cell per node (the kernels it anchors, the kernel it is part of, or
// why it launches none), a summary line, and a compact JSON form.
import type { LayerCost } from '../infer/index.js';
import type { KernelPlan } from './types.js';

/** Per node: "k12 Linear" (anchors), "→ k12" (inside k12), "free: view (reshape)", "?" (not sized). */
export function planCells(plan: KernelPlan): string[] {
  const byId = new Map(plan.kernels.map((k) => [k.id, k]));
  return plan.placements.map((p, i) => {
    if (p.kind === 'unsupported') return '?';
    if (p.kind === 'free') return `free: ${p.reason}`;
    const anchored = p.kernels.map((id) => byId.get(id)!).filter((k) => k.anchor === i);
    if (anchored.length === 0) return `→ k${p.kernels[0]!}`;
    return anchored.map((k) => `k${k.id} ${k.kind}${k.members.length > 1 ? ` (${k.members.length} nodes)` : ''}`).join(', ');
  });
}

function counted(m: Map<string, number>): string {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([k, n]) => `${n} ${k}`).join(', ');
}

/** One line: kernels vs nodes, why the others launch nothing, which kernels fuse several nodes. */
export function planSummary(plan: KernelPlan): string {
  const free = new Map<string, number>();
  for (const p of plan.placements) if (p.kind === 'free') free.set(p.reason.replace(/ \(.*\)$/, ''), (free.get(p.reason.replace(/ \(.*\)$/, '')) ?? 0) + 1);
  const fused = new Map<string, number>();
  for (const k of plan.kernels) if (k.members.length > 1) fused.set(k.kind, (fused.get(k.kind) ?? 0) + 1);
  const copies = plan.kernels.filter((k) => k.kind === 'Copy').length;
  const none = [...free.values()].reduce((a, b) => a + b, 0);
  const parts = [`kernel plan (${plan.ruleSet}, ${plan.mode}): ${plan.kernels.length} kernels for ${plan.placements.length} nodes`];
  if (none > 0) parts.push(`${none} launch none (${counted(free)})`);
  if (fused.size > 0) parts.push(`fused: ${counted(fused)}`);
  if (copies > 0) parts.push(`${copies} forced copies`);
  return parts.join('; ');
}

export interface PlanJson {
  ruleSet: string;
  mode: string;
  kernels: {
    id: number; kind: string; rule: string; opClass: string; anchor: string; members: string[];
    macs: number; weightBytes: number; activationBytesIn: number; activationBytesOut: number; elements?: number;
  }[];
}

export function planJson(plan: KernelPlan, layers: readonly LayerCost[]): PlanJson {
  return {
    ruleSet: plan.ruleSet,
    mode: plan.mode,
    kernels: plan.kernels.map((k) => {
      const c = k.cost;
      const out: PlanJson['kernels'][number] = {
        id: k.id, kind: k.kind, rule: k.rule, opClass: c.family, anchor: layers[k.anchor]!.name, members: k.members.map((m) => layers[m]!.name),
        macs: c.macs, weightBytes: c.weightBytes, activationBytesIn: c.activationBytesIn, activationBytesOut: c.activationBytesOut,
      };
      if (c.attrs.elements !== undefined) out.elements = c.attrs.elements;
      return out;
    }),
  };
}
