/** Problems with a webhook's name, as { field, message } for VALIDATION_FAILED. */
export function nameProblems(name: string): { field: string; message: string }[] {
  const n = name.trim();
  return n && n.length <= 200 ? [] : [{ field: 'name', message: 'must be 1–200 characters' }];
}
