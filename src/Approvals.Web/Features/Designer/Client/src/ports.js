// The outcome ports of an activity, as the engine computes them (Approvals.Workflows.Registry.ActivityPorts):
// the descriptor's fixed outcomes plus those named by the input in `outcomesFromInput`.

export function isExpression(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    && Object.keys(value).length === 1 && value.expression !== null && typeof value.expression === 'object';
}

/** Null when the ports come from an expression and so are only known at run time. */
export function outcomesOf(activity, descriptor) {
  if (!descriptor) return null;
  const fixed = descriptor.outcomes || [];
  const inputName = descriptor.outcomesFromInput;
  if (!inputName) return [...fixed];
  let input = activity.inputs ? activity.inputs[inputName] : undefined;
  if (input === undefined || input === null) {
    const described = (descriptor.inputs || []).find((i) => i.name === inputName);
    input = described ? described.default : undefined;
  }
  if (isExpression(input)) return null;
  const ports = [...fixed];
  if (Array.isArray(input)) {
    for (const item of input) {
      const name = typeof item === 'string' ? item
        : item && typeof item === 'object' && typeof item.name === 'string' ? item.name : null;
      if (name !== null && !ports.includes(name)) ports.push(name);
    }
  }
  return ports;
}

/**
 * The ports a node shows: the computed outcomes, plus any port an existing connection uses that they lack,
 * so an unfinished or run-time-dependent definition still draws every connection it has.
 */
export function displayedOutcomes(activity, descriptor, usedPorts) {
  const ports = outcomesOf(activity, descriptor) || [];
  for (const port of usedPorts) {
    if (!ports.includes(port)) ports.push(port);
  }
  return ports;
}

/**
 * The port renamed in place by an edit, as { from, to }: one port gone and one new at the same place (a Switch
 * case or an outcome renamed). Null for any other change, whose connections stay where they are.
 */
export function renamedPort(before, after) {
  if (!before || !after || before.length !== after.length) return null;
  const changed = before.map((port, i) => ({ from: port, to: after[i] })).filter((p) => p.from !== p.to);
  if (changed.length !== 1) return null;
  const [{ from, to }] = changed;
  return after.includes(from) || before.includes(to) ? null : { from, to };
}
