// foreign/useForeign: the mapping step's state, with the reading and mapping done in a worker (./reader): the files'
// summary once read (or why they cannot be), the mapping (remembered for these attributes, else guessed), what it
// imports (the newest answer wins), and the layer a confirmation opens.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputFile } from '../../src/import/inputs';
import type { GraphMapping } from '../../src/import/mapping';
import type { LayerMode } from '../../src/import/mapped-layer';
import type { GraphDocument, GraphFile } from '../../src/schema/document';
import { recallMapping, rememberMapping } from '../panels/mapping-store';
import type { MapSummary, ReadSummary } from './protocol';
import { type ForeignReader, startReader } from './reader';

export type ReadState =
  { readonly state: 'reading' } | { readonly state: 'failed'; readonly message: string } | ({ readonly state: 'read' } & ReadSummary);

export function useForeign(files: readonly InputFile[], open: GraphDocument) {
  const reader = useRef<ForeignReader | null>(null);
  const [read, setRead] = useState<ReadState>({ state: 'reading' });
  const [remembered, setRemembered] = useState(false);
  const [mapping, setMapping] = useState<GraphMapping | null>(null);
  const [mapped, setMapped] = useState<MapSummary | null>(null);
  const [confirming, setConfirming] = useState(false);

  // One worker per dialog (the caller keys the dialog by its files): closing the dialog ends a read still running.
  useEffect(() => {
    const r = startReader();
    reader.current = r;
    void r.ask({ type: 'read', files, open }).then((reply) => {
      if (!reply.ok) return setRead({ state: 'failed', message: reply.message });
      if (reply.type !== 'read') return;
      const again = recallMapping(reply.summary.signature);
      setRemembered(again !== null);
      setMapping(again ?? reply.summary.guess);
      setRead({ state: 'read', ...reply.summary });
    });
    return () => {
      r.close();
      reader.current = null;
    };
  }, [files, open]);

  // What the mapping imports, asked again as it changes; an answer to an older mapping is dropped.
  useEffect(() => {
    if (!mapping || !reader.current) return;
    let current = true;
    void reader.current.ask({ type: 'map', mapping }).then((reply) => {
      if (!current) return;
      if (reply.ok && reply.type === 'map') setMapped(reply.summary);
      else if (!reply.ok) setRead({ state: 'failed', message: reply.message });
    });
    return () => {
      current = false;
    };
  }, [mapping]);

  /** Remembers the mapping and makes the layer (kept apart or merged); resolves with the file and what merged. */
  const confirm = useCallback(
    async (mode: LayerMode): Promise<{ file: GraphFile; lines: readonly string[] } | { message: string }> => {
      if (!mapping || read.state !== 'read' || !reader.current) return { message: 'nothing to open' };
      setConfirming(true);
      rememberMapping(read.signature, mapping);
      const reply = await reader.current.ask({ type: 'plan', mapping, mode });
      setConfirming(false);
      return reply.ok && reply.type === 'plan'
        ? { file: reply.file, lines: reply.lines }
        : { message: reply.ok ? 'no layer' : reply.message };
    },
    [mapping, read],
  );

  return { read, remembered, mapping, setMapping, mapped, confirm, confirming };
}
