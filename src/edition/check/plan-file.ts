/**
 * content/plan.yaml: the plan's title and period, and the document metadata
 * (发文机关, 文号, dates, official source) editors fill in. Validated here so
 * that a wrong date or 文号 is told to the editor before it reaches a page,
 * in the same words as every other field.
 */
import type { Edition } from '../index.ts';
import { planFileSchema } from '../../schemas.ts';
import type { Problem } from './problems.ts';
import { validateData } from './schema.ts';

export function checkPlanFile(edition: Edition): Problem[] {
  const file = edition.plan;
  if (!file.exists) return [{ path: file.path, message: '找不到 plan.yaml，请从版本库恢复此文件 (plan.yaml missing)' }];
  return validateData(file, planFileSchema);
}
