export const EDGE_ATTRS = {
  line: { stroke: '#78909c', strokeWidth: 1.5, targetMarker: { name: 'block', width: 8, height: 6 } },
};

export function connectionKey(sourceActivity, sourcePort, targetActivity) {
  return `${sourceActivity}:${sourcePort}->${targetActivity}`;
}

export function edgeConfig(connection, seq) {
  return {
    shape: 'edge',
    source: { cell: connection.source.activity, port: connection.source.port },
    target: { cell: connection.target.activity, port: 'In' },
    connector: { name: 'smooth' },
    attrs: EDGE_ATTRS,
    data: { connection, seq },
  };
}
