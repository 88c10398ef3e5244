"use server";
// The catalogue editor's one action: add empty rows, or save the posted definition as a new permit
// type or as a new version of an existing one.
import { redirect } from "next/navigation";
import { requirePage } from "@/app/_lib/session";
import { addRows, parseEditorForm, readEditorForm, withNewRows, type EditorState } from "@/app/admin/permits/definition-form";
import { getPermitTypeForAdmin, permitTypeCodeExists } from "@/lib/catalogue/find-permit-types-for-admin";
import { savePermitType } from "@/lib/catalogue/save-permit-type";
import { formStateFromError } from "@/lib/forms";

export async function savePermitTypeAction(prev: EditorState, formData: FormData): Promise<EditorState> {
  const actor = await requirePage("manage:catalogue:office");
  const form = readEditorForm(formData);
  const answer = { values: form.values, rows: form.rows, attempt: (prev?.attempt ?? 0) + 1 };

  if (form.intent !== "save") {
    const rows = addRows(form.rows, form.intent === "addDocuments" ? "documents" : "fields");
    return { ...answer, values: withNewRows(form.values, form.rows, rows), rows };
  }

  const editedCode = formData.get("_mode") === "edit" ? String(formData.get("_code") ?? "") : undefined;
  const parsed = parseEditorForm(form.values, form.rows, editedCode);
  if (!parsed.ok) return { ...answer, fieldErrors: parsed.fieldErrors };

  let version: number;
  try {
    if (editedCode !== undefined) {
      // Two admins editing at once: the second save would silently undo the first one's changes.
      const current = await getPermitTypeForAdmin({ actor, code: editedCode });
      if (String(current.currentVersion) !== formData.get("_baseVersion")) {
        return { ...answer, formError: "adminPermits.errors.changedMeanwhile", formErrorValues: { version: String(current.currentVersion) } };
      }
    } else if (await permitTypeCodeExists({ actor, code: parsed.definition.code })) {
      return { ...answer, fieldErrors: { code: "adminPermits.errors.codeTaken" } };
    }
    version = (await savePermitType({ actor, definition: parsed.definition })).version;
  } catch (error) {
    return { ...answer, ...formStateFromError(error, form.values) };
  }
  redirect(`/admin/permits?${new URLSearchParams({ saved: parsed.definition.code, version: String(version) })}`);
}
