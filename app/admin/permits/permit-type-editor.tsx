"use client";
// The catalogue editor: one form for a whole permit type definition, its documents and its fields.
// Works without JavaScript: a fixed number of rows is rendered (existing ones plus empty ones), empty
// rows are ignored, ticked rows removed, and "add more rows" asks the server for more empty ones.
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { savePermitTypeAction } from "@/app/admin/permits/actions";
import { DATE_RANGES, FIELD_TYPES, type EditorState, type List } from "@/app/admin/permits/definition-form";
import { CATEGORIES, FILE_KINDS, PREFILL_SOURCES, WORKFLOWS } from "@/lib/catalogue/definition";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Tag } from "@/components/ui/tag";
import { Section } from "@/components/ui/section";

export interface Option {
  value: string;
  label: string;
}

// Settings that apply to some field types only are hidden (CSS :has, no script needed) while another
// type is chosen in the row's type select; browsers without :has simply show them all.
const ONLY_FOR = {
  text: "group-has-[[data-field-type]_option:checked:not([value=text])]/row:hidden",
  number: "group-has-[[data-field-type]_option:checked:not([value=number])]/row:hidden",
  date: "group-has-[[data-field-type]_option:checked:not([value=date])]/row:hidden",
  choice: "group-has-[[data-field-type]_option:checked:not([value=choice])]/row:hidden",
  prefill:
    "group-has-[[data-field-type]_option:checked:not([value=text]):not([value=nik]):not([value=phone]):not([value=email])]/row:hidden",
} as const;

export function PermitTypeEditor({
  mode,
  code,
  baseVersion,
  initial,
  agencies,
}: {
  mode: "create" | "edit";
  code?: string;
  baseVersion?: number;
  initial: EditorState;
  agencies: Option[];
}) {
  const [state, action, pending] = useActionState<EditorState, FormData>(savePermitTypeAction, initial);
  const t = useTranslations();
  const tp = useTranslations("adminPermits");
  const locale = useLocale();
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => values[name] ?? "";
  const checked = (name: string) => values[name] === "true";
  const errorOf = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  const optional = t("common.optional");

  const topLabels: Record<string, string> = {
    code: tp("code"),
    category: tp("category"),
    agencyCode: tp("agency"),
    workflow: tp("workflow"),
    slaDays: tp("slaDays"),
    feeRupiah: tp("fee"),
    validityMonths: tp("validity"),
    decreeNumberTemplate: tp("template"),
    deemedApproval: tp("deemed"),
  };
  const rowLabels: Record<string, string> = {
    key: tp("key"),
    type: tp("fieldType"),
    required: tp("required"),
    accept: tp("accept"),
    maxSizeMb: tp("maxSize"),
    options: tp("options"),
    min: tp("min"),
    max: tp("max"),
    integer: tp("integer"),
    range: tp("range"),
    multiline: tp("multiline"),
    maxLength: tp("maxLength"),
    prefill: tp("prefill"),
  };
  const textLabels: Record<string, string> = {
    name: tp("name"),
    description: tp("description"),
    output: tp("output"),
    legalBasis: tp("legalBasis"),
    label: tp("label"),
    hint: tp("hint"),
    unit: tp("unit"),
  };
  /** "Document 2, Name (English)": where a problem is, for the error summary. */
  function labelOf(name: string): string {
    const parts = name.split(".");
    const [list, row] = parts;
    const inRow = list === "documents" || list === "fields" ? parts.slice(2) : parts;
    let label: string;
    if (inRow.length === 2 && (inRow[1] === "id" || inRow[1] === "en")) {
      const text = list === "documents" ? ({ name: tp("documentName"), description: tp("documentDescription") } as Record<string, string>)[inRow[0]!] : undefined;
      const base = text ?? textLabels[inRow[0]!] ?? inRow[0]!;
      label = inRow[1] === "id" ? tp("inId", { label: base }) : tp("inEn", { label: base });
    } else {
      const key = inRow.join(".");
      label = (list === "documents" || list === "fields" ? rowLabels[key] : topLabels[key]) ?? key;
    }
    if (list === "documents") return `${tp("documentRow", { number: Number(row) + 1 })}, ${label}`;
    if (list === "fields") return `${tp("fieldRow", { number: Number(row) + 1 })}, ${label}`;
    return label;
  }
  const summary = [
    ...(state.formError ? [{ message: t(state.formError, state.formErrorValues) }] : []),
    ...Object.entries(errors).map(([field, key]) => ({ field, message: `${labelOf(field)}: ${t(key)}` })),
  ];

  /** A text in both languages, side by side on wide screens. */
  function bilingual({ name, label, hint, optionalPair, area }: { name: string; label: string; hint?: string; optionalPair?: boolean; area?: number }) {
    return (
      <div className="grid gap-x-6 sm:grid-cols-2">
        {(["id", "en"] as const).map((lang) => {
          const props = {
            name: `${name}.${lang}`,
            label: lang === "id" ? tp("inId", { label }) : tp("inEn", { label }),
            hint,
            error: errorOf(`${name}.${lang}`),
            defaultValue: value(`${name}.${lang}`),
            optionalLabel: optionalPair ? optional : undefined,
            lang,
          };
          return area ? <TextAreaField key={lang} rows={area} {...props} /> : <TextField key={lang} {...props} />;
        })}
      </div>
    );
  }

  function rowIndexes(list: List) {
    return Array.from({ length: state.rows[list] }, (_, i) => i);
  }

  /**
   * One document or field row: a disclosure whose summary line tells what the row holds, so that a long
   * list stays readable. Rows with a problem are open; <details> needs no script.
   */
  function rowFrame(list: List, row: number, children: ReactNode) {
    const p = `${list}.${row}`;
    const title = list === "documents" ? tp("documentRow", { number: row + 1 }) : tp("fieldRow", { number: row + 1 });
    const key = value(`${p}.key`).trim();
    const name = value(`${p}.${list === "documents" ? "name" : "label"}.${locale === "en" ? "en" : "id"}`).trim();
    const hasError = Object.keys(errors).some((field) => field.startsWith(`${p}.`));
    const details =
      list === "documents"
        ? FILE_KINDS.filter((kind) => checked(`${p}.accept.${kind}`)).map((kind) => tp(`kinds.${kind}`)).join(", ")
        : tp(`types.${value(`${p}.type`) || "text"}`);
    return (
      <details key={row} open={hasError} className={`group/row mb-3 rounded border-2 ${hasError ? "border-danger" : "border-slate-300"} open:mb-8`}>
        <summary className="cursor-pointer px-4 py-3 hover:bg-slate-50">
          <span className="font-bold whitespace-nowrap">{title}</span>
          {key ? (
            <>
              {name ? <span className="ml-2">{name}</span> : null}
              <span className="mt-1 block text-sm text-slate-700">
                <span className="font-mono break-all">{key}</span>
                {[details, checked(`${p}.required`) ? tp("required") : ""].filter(Boolean).map((part) => ` · ${part}`).join("")}
                {checked(`${p}.remove`) ? (
                  <span className="ml-2">
                    <Tag tone="red">{tp("toBeRemoved")}</Tag>
                  </span>
                ) : null}
              </span>
            </>
          ) : (
            <span className="ml-2 text-slate-600">{list === "documents" ? tp("newDocument") : tp("newField")}</span>
          )}
          {hasError ? <span className="mt-1 block font-semibold text-danger">{tp("rowHasErrors")}</span> : null}
        </summary>
        <fieldset className="min-w-0 border-t border-slate-300 px-4 pt-4 pb-4">
          <legend className="sr-only">{title}</legend>
          {children}
        </fieldset>
      </details>
    );
  }

  return (
    <form key={state.attempt} action={action} noValidate>
      {/* Enter in a text box saves (the first submit button is the form's default), not "add rows". */}
      <button type="submit" name="_intent" value="save" className="sr-only" tabIndex={-1} aria-hidden="true" />
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_mode" value={mode} />
      {code ? <input type="hidden" name="_code" value={code} /> : null}
      {baseVersion ? <input type="hidden" name="_baseVersion" value={baseVersion} /> : null}
      <input type="hidden" name="_documentRows" value={state.rows.documents} />
      <input type="hidden" name="_fieldRows" value={state.rows.fields} />

      <Section id="basics-title" title={tp("basicsTitle")} headingSpace={4} className="mb-12">
        {mode === "edit" ? (
          <div className="mb-6">
            <p className="font-semibold">{tp("code")}</p>
            <p className="mt-1 text-sm text-slate-600">{tp("codeFixedHint")}</p>
            <p className="mt-2 font-mono text-lg">{code}</p>
          </div>
        ) : (
          <TextField
            name="code"
            label={tp("code")}
            hint={tp("codeHint")}
            error={errorOf("code")}
            defaultValue={value("code")}
            className="max-w-xs font-mono uppercase"
            spellCheck={false}
            autoComplete="off"
            maxLength={30}
          />
        )}
        <div className="grid gap-x-6 sm:grid-cols-2">
          <SelectField
            name="category"
            label={tp("category")}
            error={errorOf("category")}
            defaultValue={value("category")}
            options={[{ value: "", label: tp("chooseCategory") }, ...CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))]}
          />
          <SelectField
            name="agencyCode"
            label={tp("agency")}
            hint={tp("agencyHint")}
            error={errorOf("agencyCode")}
            defaultValue={value("agencyCode")}
            options={[{ value: "", label: tp("chooseAgency") }, ...agencies]}
          />
        </div>
        {bilingual({ name: "name", label: tp("name") })}
        {bilingual({ name: "description", label: tp("description"), hint: tp("descriptionHint"), area: 3 })}
        {bilingual({ name: "output", label: tp("output"), hint: tp("outputHint") })}
      </Section>

      <Section id="standard-title" title={tp("standardTitle")} headingSpace={4} className="mb-12">
        <SelectField
          name="workflow"
          label={tp("workflow")}
          hint={tp("workflowHint")}
          error={errorOf("workflow")}
          defaultValue={value("workflow")}
          options={[{ value: "", label: tp("chooseWorkflow") }, ...WORKFLOWS.map((w) => ({ value: w, label: t(`workflows.${w}`) }))]}
        />
        <TextField name="slaDays" label={tp("slaDays")} hint={tp("slaDaysHint")} error={errorOf("slaDays")} defaultValue={value("slaDays")} inputMode="numeric" className="sm:max-w-40" />
        <TextField name="feeRupiah" label={tp("fee")} hint={tp("feeHint")} error={errorOf("feeRupiah")} defaultValue={value("feeRupiah")} inputMode="numeric" className="sm:max-w-40" />
        <TextField
          name="validityMonths"
          label={tp("validity")}
          hint={tp("validityHint")}
          optionalLabel={optional}
          error={errorOf("validityMonths")}
          defaultValue={value("validityMonths")}
          inputMode="numeric"
          className="sm:max-w-40"
        />
        {bilingual({ name: "legalBasis", label: tp("legalBasis"), hint: tp("legalBasisHint"), area: 5 })}
        <TextField
          name="decreeNumberTemplate"
          label={tp("template")}
          hint={tp("templateHint")}
          error={errorOf("decreeNumberTemplate")}
          defaultValue={value("decreeNumberTemplate")}
          className="font-mono"
          spellCheck={false}
          autoComplete="off"
        />
        <Checkbox name="deemedApproval" label={tp("deemed")} hint={tp("deemedHint")} defaultChecked={checked("deemedApproval")} />
        <TextAreaField
          name="inspectionChecklist"
          label={tp("checklist")}
          hint={tp("checklistHint")}
          optionalLabel={optional}
          error={errorOf("inspectionChecklist")}
          defaultValue={value("inspectionChecklist")}
          rows={5}
        />
      </Section>

      <Section id="documents-title" title={tp("documentsTitle")} headingSpace={2} description={tp("documentsLead")} descriptionSpace={6} className="mb-12">
        {rowIndexes("documents").map((row) => {
          const p = `documents.${row}`;
          return rowFrame(
            "documents",
            row,
            <>
              <div className="grid gap-x-6 sm:grid-cols-2">
                <KeyField name={`${p}.key`} label={tp("key")} hint={tp("keyHint")} error={errorOf(`${p}.key`)} defaultValue={value(`${p}.key`)} />
                <TextField
                  name={`${p}.maxSizeMb`}
                  label={tp("maxSize")}
                  hint={tp("maxSizeHint")}
                  error={errorOf(`${p}.maxSizeMb`)}
                  defaultValue={value(`${p}.maxSizeMb`)}
                  inputMode="numeric"
                  className="sm:max-w-40"
                />
              </div>
              {bilingual({ name: `${p}.name`, label: tp("documentName") })}
              {bilingual({ name: `${p}.description`, label: tp("documentDescription"), hint: tp("bothOrNone"), optionalPair: true, area: 2 })}
              <CheckboxGroup name={`${p}.accept`} legend={tp("accept")} error={errorOf(`${p}.accept`)}>
                {FILE_KINDS.map((kind, i) => (
                  <Checkbox
                    key={kind}
                    id={i === 0 ? `${p}.accept` : `${p}.accept-${kind}`}
                    name={`${p}.accept.${kind}`}
                    label={tp(`kinds.${kind}`)}
                    defaultChecked={checked(`${p}.accept.${kind}`)}
                  />
                ))}
              </CheckboxGroup>
              <Checkbox name={`${p}.required`} label={tp("documentRequired")} defaultChecked={checked(`${p}.required`)} />
              <RemoveBox name={`${p}.remove`} label={tp("removeDocument")} defaultChecked={checked(`${p}.remove`)} />
            </>,
          );
        })}
        <AddRows intent="addDocuments" label={tp("addDocuments")} hint={tp("addRowsHint")} disabled={pending} />
      </Section>

      <Section id="fields-title" title={tp("fieldsTitle")} headingSpace={2} description={tp("fieldsLead")} descriptionSpace={6} className="mb-12">
        {rowIndexes("fields").map((row) => {
          const p = `fields.${row}`;
          return rowFrame(
            "fields",
            row,
            <>
              <div className="grid gap-x-6 sm:grid-cols-2">
                <KeyField name={`${p}.key`} label={tp("key")} hint={tp("keyHint")} error={errorOf(`${p}.key`)} defaultValue={value(`${p}.key`)} />
                <SelectField
                  name={`${p}.type`}
                  label={tp("fieldType")}
                  error={errorOf(`${p}.type`)}
                  defaultValue={value(`${p}.type`) || "text"}
                  options={FIELD_TYPES.map((type) => ({ value: type, label: tp(`types.${type}`) }))}
                  data-field-type=""
                />
              </div>
              {bilingual({ name: `${p}.label`, label: tp("label") })}
              {bilingual({ name: `${p}.hint`, label: tp("hint"), hint: tp("bothOrNone"), optionalPair: true })}
              <Checkbox name={`${p}.required`} label={tp("fieldRequired")} defaultChecked={checked(`${p}.required`)} />

              <TypeSettings only={ONLY_FOR.choice} title={tp("settings.choice")}>
                <TextAreaField
                  name={`${p}.options`}
                  label={tp("options")}
                  hint={tp("optionsHint")}
                  error={errorOf(`${p}.options`)}
                  defaultValue={value(`${p}.options`)}
                  className="font-mono"
                  spellCheck={false}
                />
              </TypeSettings>
              <TypeSettings only={ONLY_FOR.number} title={tp("settings.number")}>
                <div className="grid gap-x-6 sm:grid-cols-2">
                  <TextField name={`${p}.min`} label={tp("min")} optionalLabel={optional} error={errorOf(`${p}.min`)} defaultValue={value(`${p}.min`)} inputMode="decimal" />
                  <TextField name={`${p}.max`} label={tp("max")} optionalLabel={optional} error={errorOf(`${p}.max`)} defaultValue={value(`${p}.max`)} inputMode="decimal" />
                </div>
                <Checkbox name={`${p}.integer`} label={tp("integer")} defaultChecked={checked(`${p}.integer`)} />
                {bilingual({ name: `${p}.unit`, label: tp("unit"), hint: tp("unitHint"), optionalPair: true })}
              </TypeSettings>
              <TypeSettings only={ONLY_FOR.date} title={tp("settings.date")}>
                <SelectField
                  name={`${p}.range`}
                  label={tp("range")}
                  error={errorOf(`${p}.range`)}
                  defaultValue={value(`${p}.range`)}
                  options={[{ value: "", label: tp("ranges.any") }, ...DATE_RANGES.map((r) => ({ value: r, label: tp(`ranges.${r}`) }))]}
                />
              </TypeSettings>
              <TypeSettings only={ONLY_FOR.text} title={tp("settings.text")}>
                <Checkbox name={`${p}.multiline`} label={tp("multiline")} defaultChecked={checked(`${p}.multiline`)} />
                <TextField
                  name={`${p}.maxLength`}
                  label={tp("maxLength")}
                  hint={tp("maxLengthHint")}
                  optionalLabel={optional}
                  error={errorOf(`${p}.maxLength`)}
                  defaultValue={value(`${p}.maxLength`)}
                  inputMode="numeric"
                  className="sm:max-w-40"
                />
              </TypeSettings>
              <TypeSettings only={ONLY_FOR.prefill} title={tp("settings.prefill")}>
                <SelectField
                  name={`${p}.prefill`}
                  label={tp("prefill")}
                  hint={tp("prefillHint")}
                  error={errorOf(`${p}.prefill`)}
                  defaultValue={value(`${p}.prefill`)}
                  options={[{ value: "", label: tp("prefillNone") }, ...PREFILL_SOURCES.map((s) => ({ value: s, label: tp(`prefillSources.${s}`) }))]}
                />
              </TypeSettings>
              <RemoveBox name={`${p}.remove`} label={tp("removeField")} defaultChecked={checked(`${p}.remove`)} />
            </>,
          );
        })}
        <AddRows intent="addFields" label={tp("addFields")} hint={tp("addRowsHint")} disabled={pending} />
      </Section>

      <div className="border-t-2 border-slate-300 pt-6">
        {mode === "edit" && baseVersion ? <p className="mb-4 max-w-2xl text-slate-700">{tp("saveNote", { version: baseVersion, next: baseVersion + 1 })}</p> : null}
        <div className="flex flex-wrap items-center gap-6">
          <Button name="_intent" value="save" disabled={pending}>
            {mode === "edit" && baseVersion ? tp("saveVersion", { next: baseVersion + 1 }) : tp("saveNew")}
          </Button>
          <Link href="/admin/permits">{t("common.cancel")}</Link>
        </div>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// Pieces of the editor. Textarea and checkbox follow components/ui/field.tsx (label, hint, inline error).

function KeyField({ name, label, hint, error, defaultValue }: { name: string; label: string; hint: string; error?: string; defaultValue: string }) {
  return (
    <TextField name={name} label={label} hint={hint} error={error} defaultValue={defaultValue} className="font-mono" spellCheck={false} autoComplete="off" autoCapitalize="none" maxLength={40} />
  );
}

function TypeSettings({ only, title, children }: { only: string; title: string; children: ReactNode }) {
  return (
    <div className={`mb-6 border-l-4 border-brand-100 bg-brand-50 px-4 pt-3 ${only}`}>
      <p className="mb-3 font-semibold text-brand-900">{title}</p>
      {children}
    </div>
  );
}

function Checkbox({ name, id, label, hint, defaultChecked }: { name: string; id?: string; label: string; hint?: string; defaultChecked: boolean }) {
  const inputId = id ?? name;
  return (
    <div className="mb-4 flex items-start gap-3">
      <input
        type="checkbox"
        id={inputId}
        name={name}
        value="true"
        defaultChecked={defaultChecked}
        aria-describedby={hint ? `${inputId}-hint` : undefined}
        className="mt-0.5 h-6 w-6 shrink-0 accent-brand-700"
      />
      <div>
        <label htmlFor={inputId} className="text-base">
          {label}
        </label>
        {hint ? (
          <p id={`${inputId}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function CheckboxGroup({ name, legend, error, children }: { name: string; legend: string; error?: string; children: ReactNode }) {
  return (
    <fieldset className={`mb-6 min-w-0 ${error ? "border-l-4 border-danger pl-4" : ""}`} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-base font-semibold">{legend}</legend>
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-danger">
          {error}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-x-8">{children}</div>
    </fieldset>
  );
}

function RemoveBox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="mt-2 border-t border-slate-200 pt-4">
      <Checkbox name={name} label={label} defaultChecked={defaultChecked} />
    </div>
  );
}

function AddRows({ intent, label, hint, disabled }: { intent: string; label: string; hint: string; disabled: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <Button variant="secondary" name="_intent" value={intent} disabled={disabled}>
        {label}
      </Button>
      <p className="text-sm text-slate-600">{hint}</p>
    </div>
  );
}
