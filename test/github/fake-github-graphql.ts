// GraphQL side of FakeGitHub: minimizeComment (hide a comment) and nodes(ids:) { ... on IssueComment
// { id isMinimized } }, answered as GitHub does (HTTP 200 with `errors` for permission and lookup failures).
import type { FakeGitHub, Reply } from './fake-github.js';

export const RESOURCE_NOT_ACCESSIBLE = 'Resource not accessible by integration';
const CLASSIFIERS = new Set(['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED', 'LOW_QUALITY']);

interface GraphqlBody {
  query?: unknown;
  variables?: Record<string, unknown>;
}

export function handleGraphql(gh: FakeGitHub, raw: unknown): Reply {
  const body = (raw && typeof raw === 'object' ? raw : {}) as GraphqlBody;
  const query = typeof body.query === 'string' ? body.query : '';
  const vars = body.variables ?? {};
  if (!query) return { status: 400, body: { message: 'Problems parsing JSON' } };

  if (/\bminimizeComment\s*\(/.test(query)) {
    if (gh.readOnly) return errors('minimizeComment', 'FORBIDDEN', RESOURCE_NOT_ACCESSIBLE);
    const id = stringVar(vars.id ?? vars.subjectId) ?? /subjectId:\s*"([^"]+)"/.exec(query)?.[1];
    const classifier = stringVar(vars.classifier) ?? /classifier:\s*([A-Z_]+)/.exec(query)?.[1];
    if (!classifier || !CLASSIFIERS.has(classifier)) {
      return { status: 200, body: { errors: [{ message: `Variable $classifier of type ReportedContentClassifiers! was provided invalid value ${String(classifier)}` }] } };
    }
    const comment = id ? gh.commentByNodeId(id) : undefined;
    if (!comment) return errors('minimizeComment', 'NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);
    comment.minimized = true;
    comment.minimizedReason = classifier.toLowerCase();
    return { status: 200, body: { data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: comment.minimizedReason } } } } };
  }

  if (/\bnodes\s*\(\s*ids\s*:/.test(query)) {
    const ids = Array.isArray(vars.ids) ? vars.ids.filter((x): x is string => typeof x === 'string') : [];
    const nodes = ids.map((id) => {
      const c = gh.commentByNodeId(id);
      return c ? { id: c.node_id, isMinimized: c.minimized, minimizedReason: c.minimizedReason } : null;
    });
    // GitHub answers the ids it can resolve and one NOT_FOUND error per id it cannot.
    const missing = ids.flatMap((id, i) => (nodes[i] ? [] : [{ type: 'NOT_FOUND', path: ['nodes', i], message: `Could not resolve to a node with the global id of '${id}'` }]));
    return { status: 200, body: { data: { nodes }, ...(missing.length ? { errors: missing } : {}) } };
  }

  return { status: 200, body: { errors: [{ message: 'This fake answers only minimizeComment and nodes(ids:)' }] } };
}

function errors(field: string, type: string, message: string): Reply {
  return { status: 200, body: { data: { [field]: null }, errors: [{ type, path: [field], locations: [{ line: 1, column: 1 }], message }] } };
}

function stringVar(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
