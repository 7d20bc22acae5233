'use client';
/**
 * Messages for client components. The server picks the namespaces a client component needs,
 * in the reader's language only (`clientMessages(locale, ['errors'])` from lib/i18n), and passes
 * them down; the client component reads its namespace with `useClientMessages('errors')`.
 * Nothing else of the catalogue, and no ICU runtime, reaches the browser: namespaces read here
 * hold plain text (no ICU arguments), formatted on the server when they need any.
 */
import { createContext, useContext } from 'react';
import type { Messages, NamespaceName } from './types';

const ClientMessagesContext = createContext<Partial<Messages> | null>(null);

export function ClientMessagesProvider({ messages, children }: { messages: Partial<Messages>; children: React.ReactNode }) {
  return <ClientMessagesContext value={messages}>{children}</ClientMessagesContext>;
}

/** One namespace's messages, as the server provided them. */
export function useClientMessages<N extends NamespaceName>(namespace: N): Messages[N] {
  const messages = useContext(ClientMessagesContext)?.[namespace];
  if (!messages) throw new Error(`Messages of "${namespace}" were not provided to the client`);
  return messages;
}
