// The catalogue editor's form as flat input names (`name.id`, `documents.2.key`, `fields.0.options`)
// and its mapping to and from a permit type definition. Validation itself is ZPermitTypeDefinition's;
// this module only assembles its input from the posted rows and points its issues back at the inputs.
import type { z } from "zod";
import {
  FILE_KINDS,
  ZPermitTypeDefinition,
  type DocumentDefinition,
  type FieldDefinition,
  type FieldType,
  type PermitTypeDefinition,
  type Text,
} from "@/lib/catalogue/definition";
import type { FormState } from "@/lib/forms";
import { parseRupiah } from "@/lib/business/fields";

/** Empty rows offered below the existing documents and fields (and added by "add more rows"). */
export const EXTRA_ROWS = 3;
/** More rows than the schema allows (40 documents, 60 fields) is never useful. */
const MAX_ROWS = { documents: 40 + EXTRA_ROWS, fields: 60 + EXTRA_ROWS };

export const FIELD_TYPES = ["text", "number", "date", "choice", "nik", "phone", "email", "address"] as const satisfies readonly FieldType[];
/** Field types whose value may come from the applicant's account. */
export const DATE_RANGES = ["past", "future"] as const;

export type List = "documents" | "fields";
export type Rows = Record<List, number>;

export interface EditorState extends FormState {
  values: Record<string, string>;
  rows: Rows;
  /** Incremented on every answer, so the form remounts with the answer's values. */
  attempt: number;
}

const CHECKED = "true";
const TOP_LEVEL = [
  "code",
  "category",
  "agencyCode",
  "name.id",
  "name.en",
  "description.id",
  "description.en",
  "output.id",
  "output.en",
  "workflow",
  "slaDays",
  "feeRupiah",
  "validityMonths",
  "legalBasis.id",
  "legalBasis.en",
  "decreeNumberTemplate",
  "deemedApproval",
  "inspectionChecklist",
] as const;

// ---------------------------------------------------------------------------------------------
// Definition -> form values

function putText(values: Record<string, string>, name: string, text: Text | undefined) {
  if (!text) return;
  values[`${name}.id`] = text.id;
  values[`${name}.en`] = text.en;
}

function putDocument(values: Record<string, string>, row: number, d: DocumentDefinition) {
  const p = `documents.${row}`;
  values[`${p}.key`] = d.key;
  putText(values, `${p}.name`, d.name);
  putText(values, `${p}.description`, d.description);
  if (d.required) values[`${p}.required`] = CHECKED;
  for (const kind of d.accept) values[`${p}.accept.${kind}`] = CHECKED;
  values[`${p}.maxSizeMb`] = String(d.maxSizeMb);
}

function putField(values: Record<string, string>, row: number, f: FieldDefinition) {
  const p = `fields.${row}`;
  values[`${p}.key`] = f.key;
  values[`${p}.type`] = f.type;
  putText(values, `${p}.label`, f.label);
  putText(values, `${p}.hint`, f.hint);
  if (f.required) values[`${p}.required`] = CHECKED;
  switch (f.type) {
    case "text":
      if (f.multiline) values[`${p}.multiline`] = CHECKED;
      if (f.maxLength !== undefined) values[`${p}.maxLength`] = String(f.maxLength);
      if (f.prefill) values[`${p}.prefill`] = f.prefill;
      break;
    case "number":
      if (f.min !== undefined) values[`${p}.min`] = String(f.min);
      if (f.max !== undefined) values[`${p}.max`] = String(f.max);
      if (f.integer) values[`${p}.integer`] = CHECKED;
      putText(values, `${p}.unit`, f.unit);
      break;
    case "date":
      if (f.range && f.range !== "any") values[`${p}.range`] = f.range;
      break;
    case "choice":
      values[`${p}.options`] = f.options.map((o) => `${o.value}|${o.label.id}|${o.label.en}`).join("\n");
      break;
    case "nik":
    case "phone":
    case "email":
      if (f.prefill) values[`${p}.prefill`] = f.prefill;
      break;
    case "address":
      break;
  }
}

/** Sensible starting values for new, empty rows: a required PDF document of 5 MB, a required text field. */
export function withNewRows(values: Record<string, string>, from: Rows, to: Rows): Record<string, string> {
  const out = { ...values };
  for (let row = from.documents; row < to.documents; row++) {
    out[`documents.${row}.required`] = CHECKED;
    out[`documents.${row}.accept.pdf`] = CHECKED;
    out[`documents.${row}.maxSizeMb`] = "5";
  }
  for (let row = from.fields; row < to.fields; row++) {
    out[`fields.${row}.type`] = "text";
    out[`fields.${row}.required`] = CHECKED;
  }
  return out;
}

/** The editor's starting state: an existing definition (editing) or a blank one (creating). */
export function initialEditorState(definition?: PermitTypeDefinition): EditorState {
  const values: Record<string, string> = { feeRupiah: "0" };
  if (definition) {
    values.code = definition.code;
    values.category = definition.category;
    values.agencyCode = definition.agencyCode;
    putText(values, "name", definition.name);
    putText(values, "description", definition.description);
    putText(values, "output", definition.output);
    values.workflow = definition.workflow;
    values.slaDays = String(definition.slaDays);
    values.feeRupiah = String(definition.feeRupiah);
    values.validityMonths = definition.validityMonths === null ? "" : String(definition.validityMonths);
    putText(values, "legalBasis", definition.legalBasis);
    values.decreeNumberTemplate = definition.decreeNumberTemplate;
    if (definition.deemedApproval) values.deemedApproval = CHECKED;
    if (definition.inspectionChecklist?.length) values.inspectionChecklist = definition.inspectionChecklist.map((c) => `${c.id} | ${c.en}`).join("\n");
    definition.documents.forEach((d, row) => putDocument(values, row, d));
    definition.fields.forEach((f, row) => putField(values, row, f));
  }
  const existing: Rows = { documents: definition?.documents.length ?? 0, fields: definition?.fields.length ?? 0 };
  const rows = { documents: existing.documents + EXTRA_ROWS, fields: existing.fields + EXTRA_ROWS };
  return { values: withNewRows(values, existing, rows), rows, attempt: 0 };
}

// ---------------------------------------------------------------------------------------------
// Posted form -> definition

export interface PostedEditorForm {
  values: Record<string, string>;
  rows: Rows;
  /** Which submit button was pressed: save, or add more rows of one list. */
  intent: "save" | "addDocuments" | "addFields";
}

function rowCount(raw: FormDataEntryValue | null, max: number) {
  const n = Number(raw);
  return Number.isInteger(n) ? Math.min(Math.max(n, 0), max) : 0;
}

/** Reads the posted editor. Control inputs start with `_`; React's own with `$`. */
export function readEditorForm(formData: FormData): PostedEditorForm {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !key.startsWith("_")) values[key] = value;
  }
  const intent = formData.get("_intent");
  return {
    values,
    rows: {
      documents: rowCount(formData.get("_documentRows"), MAX_ROWS.documents),
      fields: rowCount(formData.get("_fieldRows"), MAX_ROWS.fields),
    },
    intent: intent === "addDocuments" || intent === "addFields" ? intent : "save",
  };
}

/** The rows after pressing "add more rows" for one list. */
export function addRows(rows: Rows, list: List): Rows {
  return { ...rows, [list]: Math.min(rows[list] + EXTRA_ROWS, MAX_ROWS[list]) };
}

const blank = (value: string | undefined) => (value ?? "").trim() === "";

function text(values: Record<string, string>, name: string): Text {
  return { id: values[`${name}.id`] ?? "", en: values[`${name}.en`] ?? "" };
}

/** An optional text: absent when both languages are left empty. */
function optionalText(values: Record<string, string>, name: string): Text | undefined {
  const t = text(values, name);
  return blank(t.id) && blank(t.en) ? undefined : t;
}

/** A number as typed, with a decimal comma allowed; undefined when empty, NaN (refused by the schema) when not a number. */
function numberOf(raw: string | undefined): number | undefined {
  const s = (raw ?? "").trim().replace(/\s/g, "");
  if (!s) return undefined;
  return /^-?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(",", ".")) : Number.NaN;
}

/** Rupiah as people type them: "150000", "150.000", "Rp 150.000"; NaN (refused by the schema) otherwise. */
function rupiahOf(raw: string | undefined): number | undefined {
  const parsed = parseRupiah(raw ?? "");
  if (parsed.ok) return parsed.value;
  return parsed.problem === "validation.required" ? undefined : Number.NaN;
}

const ROW_TEXTS: Record<List, string[]> = {
  documents: ["key", "name.id", "name.en", "description.id", "description.en"],
  fields: ["key", "label.id", "label.en", "hint.id", "hint.en", "options", "min", "max", "maxLength", "unit.id", "unit.en"],
};

/** A row counts as empty when nothing was typed in it; checkboxes and preset choices do not count. */
function isEmptyRow(values: Record<string, string>, list: List, row: number) {
  return ROW_TEXTS[list].every((name) => blank(values[`${list}.${row}.${name}`]));
}

function documentFrom(values: Record<string, string>, row: number) {
  const p = `documents.${row}`;
  return {
    key: (values[`${p}.key`] ?? "").trim(),
    name: text(values, `${p}.name`),
    description: optionalText(values, `${p}.description`),
    required: values[`${p}.required`] === CHECKED,
    accept: FILE_KINDS.filter((kind) => values[`${p}.accept.${kind}`] === CHECKED),
    maxSizeMb: numberOf(values[`${p}.maxSizeMb`]),
  };
}

interface OptionLines {
  options: { value: string; label: Text }[];
  malformed: boolean;
}

/** Choice options, one per line: `value|label id|label en`. */
function optionsOf(raw: string | undefined): OptionLines {
  const lines = (raw ?? "").split(/\r?\n/).filter((line) => line.trim() !== "");
  let malformed = false;
  const options = lines.map((line) => {
    const parts = line.split("|").map((part) => part.trim());
    if (parts.length !== 3) malformed = true;
    return { value: parts[0] ?? "", label: { id: parts[1] ?? "", en: parts[2] ?? "" } };
  });
  return { options, malformed };
}

function fieldFrom(values: Record<string, string>, row: number, problems: Record<string, string>) {
  const p = `fields.${row}`;
  const type = values[`${p}.type`] ?? "";
  const base = {
    key: (values[`${p}.key`] ?? "").trim(),
    type,
    label: text(values, `${p}.label`),
    hint: optionalText(values, `${p}.hint`),
    required: values[`${p}.required`] === CHECKED,
  };
  const checked = (name: string) => (values[`${p}.${name}`] === CHECKED ? true : undefined);
  const chosen = (name: string) => (blank(values[`${p}.${name}`]) ? undefined : values[`${p}.${name}`]);
  // Only the settings of the chosen type are read: those of another type stay in the form, unused.
  switch (type) {
    case "text":
      return { ...base, multiline: checked("multiline"), maxLength: numberOf(values[`${p}.maxLength`]), prefill: chosen("prefill") };
    case "number":
      return {
        ...base,
        min: numberOf(values[`${p}.min`]),
        max: numberOf(values[`${p}.max`]),
        integer: checked("integer"),
        unit: optionalText(values, `${p}.unit`),
      };
    case "date":
      return { ...base, range: chosen("range") };
    case "choice": {
      const { options, malformed } = optionsOf(values[`${p}.options`]);
      if (malformed) problems[`${p}.options`] = "adminPermits.errors.optionLine";
      return { ...base, options };
    }
    case "nik":
    case "phone":
    case "email":
      return { ...base, prefill: chosen("prefill") };
    default:
      return base;
  }
}

/** "Indonesian | English" per line; an empty box means no checklist. */
function checklistFrom(values: Record<string, string>, problems: Record<string, string>) {
  const lines = (values.inspectionChecklist ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return {};
  const items = lines.map((line) => {
    const [id, en, ...rest] = line.split("|").map((p) => p.trim());
    if (!id || !en || rest.length) problems.inspectionChecklist = "adminPermits.errors.checklistLine";
    return { id: id ?? "", en: en ?? "" };
  });
  return { inspectionChecklist: items };
}

/** Where each entry of the assembled lists came from: `rowOf.documents[i]` is the form row of documents[i]. */
type RowOf = Record<List, number[]>;

function assemble(values: Record<string, string>, rows: Rows, fixedCode: string | undefined) {
  const problems: Record<string, string> = {};
  const kept = (list: List) =>
    Array.from({ length: rows[list] }, (_, row) => row).filter(
      (row) => values[`${list}.${row}.remove`] !== CHECKED && !isEmptyRow(values, list, row),
    );
  const rowOf: RowOf = { documents: kept("documents"), fields: kept("fields") };
  const input = {
    code: fixedCode ?? (values.code ?? "").trim().toUpperCase(),
    category: values.category ?? "",
    agencyCode: values.agencyCode ?? "",
    name: text(values, "name"),
    description: text(values, "description"),
    output: text(values, "output"),
    workflow: values.workflow ?? "",
    slaDays: numberOf(values.slaDays),
    feeRupiah: rupiahOf(values.feeRupiah),
    validityMonths: numberOf(values.validityMonths) ?? null,
    legalBasis: text(values, "legalBasis"),
    decreeNumberTemplate: (values.decreeNumberTemplate ?? "").trim(),
    deemedApproval: values.deemedApproval === CHECKED,
    fields: rowOf.fields.map((row) => fieldFrom(values, row, problems)),
    documents: rowOf.documents.map((row) => documentFrom(values, row)),
    ...checklistFrom(values, problems),
  };
  return { input, rowOf, problems };
}

// ---------------------------------------------------------------------------------------------
// Schema issues -> input names and message keys

const MESSAGE_KEY = /^[a-zA-Z]+(\.[a-zA-Z]+)+$/;

/** The input (or checkbox group, or options box) an issue belongs to. */
function inputNameOf(path: readonly PropertyKey[], rowOf: RowOf): string {
  const [head, index, ...rest] = path;
  if ((head === "documents" || head === "fields") && typeof index === "number") {
    const base = `${head}.${rowOf[head][index] ?? index}`;
    if (head === "documents" && rest[0] === "accept") return `${base}.accept`;
    if (head === "fields" && rest[0] === "options") return `${base}.options`;
    if (rest.length === 0) return `${base}.type`;
    return [base, ...rest.map(String)].join(".");
  }
  return path.map(String).join(".") || "code";
}

function messageOf(issue: z.core.$ZodIssue, raw: string | undefined): string {
  const path = issue.path;
  if (path[0] === "fields" && path[2] === "options" && path.length > 3) {
    return path[path.length - 1] === "value" ? "adminPermits.errors.optionValue" : "adminPermits.errors.optionLine";
  }
  if (path[path.length - 1] === "prefill") return "adminPermits.errors.prefill";
  // Selects: "choose one", not "fill this in".
  if (path.length === 1 && path[0] === "agencyCode" && blank(raw)) return "validation.choice";
  switch (issue.code) {
    case "invalid_type":
      if (blank(raw)) return "validation.required";
      if (issue.expected === "int") return "validation.integer";
      if (issue.expected === "number") return "validation.number";
      break;
    case "too_big":
      if (issue.origin === "string") return "validation.tooLong";
      if (issue.origin === "number") return "validation.max";
      break;
    case "too_small":
      if (issue.origin === "number") return "validation.min";
      if (issue.origin === "string") return "validation.required";
      break;
    case "invalid_value":
    case "invalid_union":
      return "validation.choice";
  }
  return MESSAGE_KEY.test(issue.message) ? issue.message : "validation.invalid";
}

/** The rows whose key repeats an earlier row's key. */
function duplicateRows(items: { key: string }[], rows: number[]) {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (seen.has(item.key)) return [rows[i]!];
    seen.add(item.key);
    return [];
  });
}

// The inputs of a row in the order the editor shows them.
const ROW_INPUTS: Record<List, string[]> = {
  documents: ["key", "name.id", "name.en", "description.id", "description.en", "required", "accept", "maxSizeMb"],
  fields: ["key", "type", "label.id", "label.en", "hint.id", "hint.en", "required", "options", "min", "max", "integer", "unit.id", "unit.en", "range", "multiline", "maxLength", "prefill"],
};

/** Position of an input on the page (documents come before fields), so the error summary reads top to bottom. */
function orderOf(name: string) {
  const top = (TOP_LEVEL as readonly string[]).indexOf(name);
  if (top >= 0) return top;
  const [list, row, ...rest] = name.split(".");
  const inRow = ROW_INPUTS[list as List]?.indexOf(rest.join(".")) ?? -1;
  return (list === "documents" ? 1_000 : 100_000) + Number(row) * 100 + (inRow >= 0 ? inRow : 99);
}

export type ParsedEditorForm = { ok: true; definition: PermitTypeDefinition } | { ok: false; fieldErrors: Record<string, string> };

/**
 * Assembles a definition from the posted rows (empty and removed rows left out) and parses it with
 * ZPermitTypeDefinition. When editing, `fixedCode` is the permit type's code whatever was posted.
 */
export function parseEditorForm(values: Record<string, string>, rows: Rows, fixedCode?: string): ParsedEditorForm {
  const { input, rowOf, problems } = assemble(values, rows, fixedCode);
  const parsed = ZPermitTypeDefinition.safeParse(input);
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, definition: parsed.data };
  const errors: Record<string, string> = { ...problems };
  for (const issue of parsed.error?.issues ?? []) {
    if (issue.path.length === 1 && (issue.path[0] === "documents" || issue.path[0] === "fields") && issue.code === "custom") {
      const list = issue.path[0];
      for (const row of duplicateRows(input[list], rowOf[list])) errors[`${list}.${row}.key`] ??= issue.message;
      continue;
    }
    const name = inputNameOf(issue.path, rowOf);
    errors[name] ??= messageOf(issue, values[name]);
  }
  const fieldErrors = Object.fromEntries(Object.entries(errors).sort(([a], [b]) => orderOf(a) - orderOf(b)));
  return { ok: false, fieldErrors };
}
