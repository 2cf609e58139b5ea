// panels/MessageDialog: a modal message — an error naming the file, field and expectation, or a notice.
import { useEffect, useRef } from 'react';

export type Message = { readonly title: string; readonly body: string; readonly kind: 'error' | 'info' };

export function MessageDialog({ message, onClose }: { readonly message: Message | null; readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current!;
    if (message && !d.open) d.showModal();
    if (!message && d.open) d.close();
  }, [message]);
  return (
    <dialog
      ref={ref}
      className={`message-dialog ${message?.kind ?? ''}`}
      role={message?.kind === 'error' ? 'alertdialog' : 'dialog'}
      aria-label={message?.title ?? 'Message'}
      onClose={onClose}
    >
      {message && (
        <>
          <h2>{message.title}</h2>
          <pre>{message.body}</pre>
          <div className="dialog-buttons">
            <button type="button" className="primary" autoFocus onClick={onClose}>
              OK
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
