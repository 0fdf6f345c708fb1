/**
 * Converts botbuilder's ConversationReference (TurnContext.getConversationReference) into
 * the flat ConversationRef the store keeps.
 */
import type { ConversationReference } from 'botbuilder';
import type { ConversationRef } from '../ports/messenger';

export function fromBotFrameworkReference(ref: Partial<ConversationReference>): ConversationRef {
  if (!ref.serviceUrl || !ref.conversation?.id) throw new Error('conversation reference needs serviceUrl and conversation.id');
  const out: ConversationRef = {
    serviceUrl: ref.serviceUrl,
    conversationId: ref.conversation.id,
    channelId: ref.channelId ?? 'msteams',
  };
  if (ref.conversation.tenantId) out.tenantId = ref.conversation.tenantId;
  if (ref.bot?.id) out.botId = ref.bot.id;
  if (ref.bot?.name) out.botName = ref.bot.name;
  if (ref.conversation.conversationType) out.conversationType = ref.conversation.conversationType;
  if (ref.conversation.conversationType === 'personal' && ref.user?.id) {
    out.userId = ref.user.id;
    if (ref.user.aadObjectId) out.userAadObjectId = ref.user.aadObjectId;
  }
  return out;
}
