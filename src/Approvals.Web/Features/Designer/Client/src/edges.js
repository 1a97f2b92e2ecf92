export const EDGE_ATTRS = {
  line: { stroke: '#78909c', strokeWidth: 1.5, targetMarker: { name: 'block', width: 8, height: 6 } },
};

// Lines run at right angles around the activities, with rounded corners, so none crosses a node it does not join.
export const ROUTER = { name: 'manhattan', args: { padding: 14 } };
export const CONNECTOR = { name: 'rounded', args: { radius: 8 } };

export function connectionKey(sourceActivity, sourcePort, targetActivity) {
  return `${sourceActivity}:${sourcePort}->${targetActivity}`;
}

export function edgeConfig(connection, seq) {
  return {
    shape: 'edge',
    source: { cell: connection.source.activity, port: connection.source.port },
    target: { cell: connection.target.activity, port: 'In' },
    router: ROUTER,
    connector: CONNECTOR,
    attrs: EDGE_ATTRS,
    data: { connection, seq },
  };
}
