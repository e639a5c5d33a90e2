/**
 * @stat3/pharm — pharmacology on any model of the engine: dose–response (4-parameter Hill fits),
 * drug combinations and synergy scores (Bliss, HSA, Loewe, ZIP), dosing regimens. Isomorphic.
 */
export {};
