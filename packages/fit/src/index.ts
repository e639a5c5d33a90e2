/**
 * @stat3/fit — fitting models to data: PEtab problems, objective and gradient, optimisers.
 *
 * Table of contents:
 *   1. petab/      PEtab v1 reader (tables, YAML)
 */
export {};
