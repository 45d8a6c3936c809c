import { useCallback } from 'react';
import { newId, nowIso } from '../../domain/ids';
import { packIdFrom, type LocalPackRecord, type LocalService } from '../../domain/localPacks';
import { getStorage } from '../../storage';
import { useListRead } from '../../storage/react';
import { useSteadyRead } from '../../ui/records/readState';

/** Where a service goes: an existing pack (by id) or a new one with this name. */
export type PackChoice = { packId: string } | { newPackName: string };

/**
 * The local packs on this device (a store of their own, apart from every family), and changing them.
 * `packs` is undefined while loading or when the read failed; `failed` is that read, to show.
 * `steady`: for a form, a later read that fails keeps what was read (`useSteadyRead`).
 */
export function useLocalPacks({ steady = false }: { steady?: boolean } = {}) {
  const fresh = useListRead('localPacks');
  const kept = useSteadyRead(fresh, 'localPacks');
  const read = steady ? kept : fresh;
  const packs = read.status === 'ready' ? read.value : undefined;
  const failed = read.status === 'failed' ? read : undefined;

  /** Adds or changes one service, in one step; the pack's date moves on so a shared copy is newer. */
  const saveService = useCallback(async (choice: PackChoice, service: Omit<LocalService, 'id'> & { id?: string }) => {
    const storage = getStorage();
    const packId = 'packId' in choice ? choice.packId : packIdFrom(choice.newPackName, newId().slice(0, 6));
    const record: LocalService = { ...service, id: service.id ?? newId() };
    const written = await storage.update('localPacks', packId, (current) => {
      const pack: LocalPackRecord = current ?? { id: packId, name: 'newPackName' in choice ? choice.newPackName.trim() : packId, updatedAt: nowIso(), services: [] };
      const services = pack.services.some((s) => s.id === record.id)
        ? pack.services.map((s) => (s.id === record.id ? record : s))
        : [...pack.services, record];
      return { ...pack, services, updatedAt: nowIso() };
    });
    return { pack: written!, service: record };
  }, []);

  /** Adds a pack read from a file or codes, or replaces the older copy of it. */
  const putPack = useCallback((pack: LocalPackRecord) => getStorage().put('localPacks', pack), []);
  const removePack = useCallback((id: string) => getStorage().delete('localPacks', id), []);

  return { packs, failed, saveService, putPack, removePack };
}
