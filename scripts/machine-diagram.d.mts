/** Types of the machine diagram generator (see the .mjs beside this file). */
/** An XState v5 machine, as far as the diagram reads it. */
export interface DiagramMachine {
  readonly id: string;
  readonly root: unknown;
}
/** One state node of the machine. */
export interface StateInfo {
  path: string;
  region: string;
  name: string;
  id: string;
  type: string;
  initial: boolean;
  depth: number;
  chinese: string | undefined;
}
/** One transition of the machine. */
export interface TransitionInfo {
  source: string;
  event: string;
  condition: string;
  guarded: boolean;
  target: string | undefined;
}
/** The machine's states and transitions, in document order. */
export interface MachineModel {
  id: string;
  regions: string[];
  states: StateInfo[];
  transitions: TransitionInfo[];
}
export declare const SVG_PATH: string;
export declare const TABLE_PATH: string;
export declare function describeMachine(machine: DiagramMachine): MachineModel;
export declare function renderSvg(model: MachineModel): string;
export declare function renderTable(model: MachineModel): Promise<string>;
export declare function renderMachine(
  machine: DiagramMachine,
): Promise<{ svg: string; table: string }>;
