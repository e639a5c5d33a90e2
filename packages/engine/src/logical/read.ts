/** One front door for logical-model files: the format from the extension (or given). */
import { Codes, EngineError } from "../messages.js";
import type { LogicalFormat, LogicalNetwork } from "./ast.js";
import { readBnet, readBoolNet } from "./bnet.js";
import { readMaBoSSNetwork } from "./maboss.js";
import { readSbmlQual } from "./sbml-qual.js";

export function formatOf(file: string): LogicalFormat {
  const f = file.toLowerCase();
  if (f.endsWith(".bnd")) return "maboss";
  if (f.endsWith(".bnet")) return "bnet";
  if (f.endsWith(".bn")) return "boolnet";
  if (f.endsWith(".sbml") || f.endsWith(".xml")) return "sbml-qual";
  throw new EngineError(
    Codes.LOGIC_UNSUPPORTED,
    `cannot tell the logical format of ${file} (expected .bnd, .bn, .bnet, .sbml or .xml)`,
    { file },
  );
}

export function readLogical(text: string, o: { file?: string; format?: LogicalFormat } = {}): LogicalNetwork {
  const format = o.format ?? formatOf(o.file ?? "");
  switch (format) {
    case "maboss":
      return readMaBoSSNetwork(text, { file: o.file });
    case "bnet":
      return readBnet(text, { file: o.file });
    case "boolnet":
      return readBoolNet(text, { file: o.file });
    case "sbml-qual":
      return readSbmlQual(text, { file: o.file });
    default:
      throw new EngineError(Codes.LOGIC_UNSUPPORTED, `no reader for format ${format}`, { file: o.file });
  }
}
