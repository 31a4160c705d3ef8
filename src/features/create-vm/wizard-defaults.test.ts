import { describe, expect, it } from 'vitest';
import type { ImageInfo } from '../../../contract/describe-image';
import { firstSpec } from './spec-options';
import { commonLinuxImage, mostUsed } from './wizard-defaults';

describe('the wizard defaults', () => {
  it('take the smallest size without GPUs', () => {
    expect(firstSpec([{ CPU: 4, Memory: 8192 }, { CPU: 1, Memory: 4096 }, { CPU: 1, Memory: 2048 }, { CPU: 1, Memory: 1024, GPU: 1 }])).toEqual({ CPU: 1, Memory: 2048 });
    expect(firstSpec([{ CPU: 8, Memory: 16384, GPU: 2 }])).toEqual({ CPU: 8, Memory: 16384, GPU: 2 });
    expect(firstSpec(undefined)).toBeUndefined();
  });
  it('take a common Linux base image, never Windows or a custom one', () => {
    const image = (ImageID: string, OSName: string, ImageType = 'Base', OSType = 'Linux') => ({ ImageID, Name: ImageID, OSName, ImageType, OSType }) as ImageInfo;
    const images = [image('win', 'Windows 2019', 'Base', 'Windows'), image('mine', 'CentOS 7.4', 'Custom'), image('ubu', 'Ubuntu 22.04'), image('cos', 'CentOS 7.4')];
    expect(commonLinuxImage(images)?.ImageID).toBe('cos');
    expect(commonLinuxImage([image('arch', 'Arch Linux'), images[0]])?.ImageID).toBe('arch');
    expect(commonLinuxImage([images[0]])).toBeUndefined();
  });
  it('take the network most VMs use', () => {
    expect(mostUsed(['a', 'b', 'b', undefined, 'a', 'b'])).toBe('b');
    expect(mostUsed(['a', 'b'])).toBe('a');
    expect(mostUsed([])).toBeUndefined();
  });
});
