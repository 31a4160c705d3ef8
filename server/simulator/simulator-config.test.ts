import { describe, expect, it } from 'vitest';
import { readSimulatorConfig } from './simulator-config';

describe('readSimulatorConfig', () => {
  it('has defaults for everything', () => {
    expect(readSimulatorConfig({})).toEqual({
      host: '127.0.0.1', port: 8090, seed: true, transitionMs: 2000, latencyMs: 0, errorRate: 0, dataDir: './data',
    });
  });

  it('reads every variable, treating an empty one as unset', () => {
    expect(readSimulatorConfig({
      SIM_HOST: '0.0.0.0', SIM_PORT: '', SIM_SEED: '0', SIM_TRANSITION_MS: '100', SIM_LATENCY_MS: '5', SIM_ERROR_RATE: '0.25',
      DATA_DIR: '/tmp/sim',
    })).toEqual({ host: '0.0.0.0', port: 8090, seed: false, transitionMs: 100, latencyMs: 5, errorRate: 0.25, dataDir: '/tmp/sim' });
  });

  it('reads SIM_VNC_PORTS as a range of ports', () => {
    expect(readSimulatorConfig({ SIM_VNC_PORTS: '9100-9163' }).vncPorts).toEqual({ first: 9100, last: 9163 });
  });

  it.each([['SIM_VNC_PORTS', '9100'], ['SIM_VNC_PORTS', '9200-9100'], ['SIM_VNC_PORTS', '0-10'], ['SIM_PORT', 'http'], ['SIM_SEED', 'yes'], ['SIM_ERROR_RATE', '1.5'], ['SIM_TRANSITION_MS', '-1']])(
    'names a bad %s',
    (name, value) => {
      expect(() => readSimulatorConfig({ [name]: value })).toThrow(new RegExp(`^Invalid environment variable ${name}=`));
    },
  );
});
