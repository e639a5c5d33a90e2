// Hand-built models for the compile/simulate tests (no SBML reader involved).
import { call, type Expr, num, sym } from "../../src/expr/ast.js";
import { emptyModel, type Model, type Reaction } from "../../src/model/types.js";

export { call, num, sym };
export const times = (...a: Expr[]) => call("times", ...a);

/** one compartment `V` of the given size with the species (amount, hasOnlySubstanceUnits) */
export function baseModel(
  id: string,
  species: Record<string, number>,
  params: Record<string, number>,
  size = 1,
): Model {
  const m = emptyModel(id);
  m.compartments.push({ id: "V", size, constant: true, spatialDimensions: 3 });
  for (const [s, amount] of Object.entries(species)) {
    m.species.push({
      id: s,
      compartment: "V",
      initialAmount: amount,
      hasOnlySubstanceUnits: true,
      boundaryCondition: false,
      constant: false,
    });
  }
  for (const [p, value] of Object.entries(params)) m.parameters.push({ id: p, value, constant: true });
  return m;
}

export function reaction(id: string, reactants: string[], products: string[], rate: Expr): Reaction {
  return {
    id,
    reversible: false,
    fast: false,
    reactants: reactants.map((s) => ({ species: s, stoichiometry: 1, constant: true })),
    products: products.map((s) => ({ species: s, stoichiometry: 1, constant: true })),
    modifiers: [],
    kineticLaw: { math: rate, localParameters: [] },
  };
}
