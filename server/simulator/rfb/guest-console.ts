import { TextScreen } from './text-screen';

/** What a keyboard can ask of the guest; keyboard.ts turns keysyms into these. */
export type GuestInput =
  | { kind: 'char'; ch: string }
  | { kind: 'backspace' }
  | { kind: 'enter' }
  | { kind: 'interrupt' }
  | { kind: 'ctrl-alt-del' };

function bootLog(name: string): string[] {
  return [
    'SeaBIOS (version 1.16.3-ucloudstack)',
    'Booting from Hard Disk...',
    '[    0.000000] Linux version 5.14.0 (simulator) #1 SMP',
    '[    0.412233] virtio_net virtio0 eth0: link up',
    '[    1.021877] EXT4-fs (vda1): mounted filesystem with ordered data mode',
    '[    1.784310] systemd[1]: Reached target Multi-User System.',
    '',
    `${name} (UCloudStack simulator)`,
    'Kernel 5.14.0 on an x86_64',
    '',
  ];
}

/**
 * The guest side of a VM's text console: a boot log, then a login prompt that never lets anyone in.
 * One per VM, shared by all its VNC connections, so a reconnect shows the same screen.
 */
export class GuestConsole {
  readonly screen = new TextScreen();
  private state: 'login' | 'password' = 'login';
  private line = '';

  constructor(private readonly name: string) {
    this.boot();
  }

  input(event: GuestInput): void {
    switch (event.kind) {
      case 'char':
        this.line += event.ch;
        if (this.state === 'login') this.screen.write(event.ch);
        return;
      case 'backspace':
        if (this.line.length === 0) return;
        this.line = this.line.slice(0, -1);
        if (this.state === 'login') this.screen.backspace();
        return;
      case 'enter':
        this.enter();
        return;
      case 'interrupt':
        this.screen.write('^C\n');
        this.prompt();
        return;
      case 'ctrl-alt-del':
        this.screen.write('\n[  OK  ] Reached target System Reboot.\nreboot: Restarting system\n\n');
        this.boot();
        return;
    }
  }

  private enter(): void {
    this.screen.write('\n');
    const entered = this.line;
    this.line = '';
    if (this.state === 'login') {
      if (entered === '') this.prompt();
      else {
        this.state = 'password';
        this.screen.write('Password: ');
      }
      return;
    }
    this.screen.write('\nLogin incorrect\n');
    this.prompt();
  }

  private boot(): void {
    this.screen.write(bootLog(this.name).join('\n') + '\n');
    this.prompt();
  }

  private prompt(): void {
    this.state = 'login';
    this.line = '';
    this.screen.write(`${this.name} login: `);
  }
}
