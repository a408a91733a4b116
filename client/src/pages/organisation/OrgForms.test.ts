import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { parentChoices } from './OrgForms';

type UnitNode = Schemas['UnitNodeDto'];
const unit = (id: string, children: UnitNode[] = []): UnitNode => ({
  id,
  code: id.toUpperCase(),
  name: id,
  kind: 'Bidang',
  parentId: null,
  sortOrder: 0,
  isActive: true,
  employeeCount: 0,
  positionCount: 0,
  eTag: 'e',
  children,
});

describe('parentChoices', () => {
  const tree = [unit('dinas', [unit('bidang', [unit('seksi')]), unit('sekretariat')]), unit('badan')];

  it('offers every unit, indented by depth, for a new unit', () => {
    expect(parentChoices(tree).map(({ node, depth }) => `${depth}:${node.id}`)).toEqual(['0:dinas', '1:bidang', '2:seksi', '1:sekretariat', '0:badan']);
  });

  it('leaves out the unit being moved and everything below it', () => {
    expect(parentChoices(tree, 'bidang').map(({ node }) => node.id)).toEqual(['dinas', 'sekretariat', 'badan']);
  });
});
