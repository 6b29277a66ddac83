import type { Transfer, TransferInput, TransferToolCode } from '../../../../shared/domain/transfers/transfer'

// The transfer form's state: the contract's input shape with every list present, so the fields are
// controlled. Validation is the backend's (the same zod schema), shown field by field.

export interface ToolRow {
  tool: TransferToolCode
  decisionId?: string
  sccModule?: 1 | 2 | 3 | 4
  signedOn?: string
  reference?: string
  derogation?: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'compelling'
  derogationReason?: string
}

export interface DpfRow {
  certified: boolean
  checkedOn: string
  lists: ('eu_us' | 'uk_extension' | 'swiss_us')[]
  covers: 'non_hr' | 'hr' | 'both'
  checkedBy?: string
  note?: string
}

export interface TransferFormValues {
  id?: string
  activityId?: string
  exporterVendorId?: string
  exporterRole: 'controller' | 'processor'
  importerVendorId: string
  importerCountry: string
  importerRole: 'processor' | 'sub_processor' | 'controller' | 'joint_controller'
  purpose: string
  dataCategories: string[]
  dataSubjects: string[]
  specialCategories: boolean
  criminalData: boolean
  volume: string
  frequency: 'one_off' | 'occasional' | 'regular' | 'continuous'
  formats: ('in_transit' | 'at_rest' | 'remote_access')[]
  tools: ToolRow[]
  dpfCheck?: DpfRow
  onward: { recipient: string; country: string; tool?: TransferToolCode; note?: string }[]
  status: 'active' | 'ended'
  notes: string
}

export const emptyTransfer = (): TransferFormValues => ({
  exporterRole: 'controller',
  importerVendorId: '',
  importerCountry: '',
  importerRole: 'processor',
  purpose: '',
  dataCategories: [],
  dataSubjects: [],
  specialCategories: false,
  criminalData: false,
  volume: '',
  frequency: 'continuous',
  formats: [],
  tools: [],
  onward: [],
  status: 'active',
  notes: '',
})

export function fromTransfer(t: Transfer): TransferFormValues {
  return {
    id: t.id,
    activityId: t.activityId,
    exporterVendorId: t.exporterVendorId,
    exporterRole: t.exporterRole,
    importerVendorId: t.importerVendorId,
    importerCountry: t.importerCountry,
    importerRole: t.importerRole,
    purpose: t.purpose ?? '',
    dataCategories: t.dataCategories,
    dataSubjects: t.dataSubjects,
    specialCategories: t.specialCategories,
    criminalData: t.criminalData,
    volume: t.volume ?? '',
    frequency: t.frequency,
    formats: t.formats,
    tools: t.tools,
    ...(t.dpfCheck ? { dpfCheck: { ...t.dpfCheck } } : {}),
    onward: t.onward,
    status: t.status,
    notes: t.notes ?? '',
  }
}

/** Blank optional fields are sent as absent (the schema treats '' as "not given" too). */
export function toInput(v: TransferFormValues): TransferInput {
  const { id, activityId, exporterVendorId, dpfCheck, ...rest } = v
  return {
    ...rest,
    ...(id ? { id } : {}),
    ...(activityId ? { activityId } : {}),
    ...(exporterVendorId ? { exporterVendorId } : {}),
    ...(dpfCheck ? { dpfCheck } : {}),
  }
}
