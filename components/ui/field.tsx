// Form fields with label, hint and inline error, wired for screen readers (aria-describedby).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optionalLabel?: string;
}

function describedBy(name: string, hint?: ReactNode, error?: string) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldFrame({ name, label, hint, error, optionalLabel, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={name} className="block text-base font-semibold">
        {label}
        {/* The space goes inside the optional part so the label's text has no trailing blank. */}
        {optionalLabel ? <span className="font-normal text-slate-600"> {optionalLabel}</span> : null}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-danger">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const CONTROL =
  "mt-2 block w-full max-w-xl min-h-11 rounded border-2 border-slate-700 bg-white px-3 py-2 text-base [&[readonly]]:bg-slate-100 [&[readonly]]:text-slate-700";

export function TextField({
  name,
  label,
  hint,
  error,
  optionalLabel,
  className = "",
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} optionalLabel={optionalLabel}>
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`${CONTROL} ${error ? "border-danger" : ""} ${className}`}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  optionalLabel,
  options,
  ...select
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: { value: string; label: string }[] }) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} optionalLabel={optionalLabel}>
      <select
        // React applies a select's defaultValue only when it mounts, and resets a form after its
        // action; remounting on a new default keeps the choice a server action sends back.
        key={String(select.defaultValue ?? "")}
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`${CONTROL} ${error ? "border-danger" : ""}`}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  error,
  optionalLabel,
  className = "",
  rows = 4,
  ...textarea
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} optionalLabel={optionalLabel}>
      <textarea
        id={name}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`${CONTROL} ${error ? "border-danger" : ""} ${className}`}
        {...textarea}
      />
    </FieldFrame>
  );
}
