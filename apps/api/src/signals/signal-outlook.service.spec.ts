import { outlookLevels } from './signal-outlook.service.js';

describe('outlookLevels', () => {
  it('accepts the hazard’s levels and the shared number of levels told apart only by direction', () => {
    expect([...outlookLevels('smg', 'tropical-cyclone')].sort()).toEqual(['1', '10', '3', '8', '8NE', '8NW', '8SE', '8SW', '9'].sort());
    expect([...outlookLevels('smg', 'rainstorm')]).toEqual(['yellow', 'red', 'black']);
  });
});
