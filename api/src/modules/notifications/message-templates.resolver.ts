import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import type { MessageTemplatesService } from './message-templates.service';
import {
  MessagePreviewResult,
  MessageTemplateScopeInput,
  OfficeMessageSettingsResult,
  OfficeMessagesResult,
  OrganisationMessagesResult,
  PreviewMessageInput,
  RemoveMessageTemplateResult,
  SaveMessageTemplateInput,
  SaveMessageTemplateResult,
  UpdateOfficeMessageSettingsInput,
} from './message-templates.types';

export function createMessageTemplatesResolvers(templates: MessageTemplatesService) {
  @Resolver()
  class MessageTemplatesResolver {
    @Query(() => OfficeMessagesResult, { description: "An office's own message texts, its organisation's defaults, its reminder times, copy address and survey link (the office's admins)." })
    officeMessages(@Ctx() ctx: RequestContext, @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string) {
      return templates.officeMessages(ctx, officeId);
    }

    @Query(() => OrganisationMessagesResult, { description: "An organisation's default message texts for all of its offices (the organisation's admins)." })
    organisationMessages(@Ctx() ctx: RequestContext, @Arg('organisationId', () => ID, { description: 'The organisation.' }) organisationId: string) {
      return templates.organisationMessages(ctx, organisationId);
    }

    @Query(() => MessagePreviewResult, { description: 'A message filled with sample data, as saved or as a draft would send it; nothing is sent (the admins of the office or organisation).' })
    previewMessage(@Ctx() ctx: RequestContext, @Arg('input', () => PreviewMessageInput, { description: 'The message, its scope and the draft, if any.' }) input: PreviewMessageInput) {
      return templates.previewMessage(ctx, input);
    }

    @Mutation(() => SaveMessageTemplateResult, {
      description: "Saves an office's own text of a message in a language, or an organisation's default (its admins): checked first, refused with the unknown placeholder or the foreign link named. The next message goes out with it.",
    })
    saveMessageTemplate(@Ctx() ctx: RequestContext, @Arg('input', () => SaveMessageTemplateInput, { description: 'The scope, the message, the language and the text.' }) input: SaveMessageTemplateInput) {
      return templates.saveMessageTemplate(ctx, input);
    }

    @Mutation(() => RemoveMessageTemplateResult, { description: "Removes an office's or organisation's own text of a message: it is worded as inherited again (the organisation's, else the built-in text)." })
    removeMessageTemplate(@Ctx() ctx: RequestContext, @Arg('input', () => MessageTemplateScopeInput, { description: 'The scope, the message and the language.' }) input: MessageTemplateScopeInput) {
      return templates.removeMessageTemplate(ctx, input);
    }

    @Mutation(() => OfficeMessageSettingsResult, { description: "Sets an office's reminder times, the address that gets a copy of its bookings and cancellations, and the survey sent after a finished visit (the office's admins)." })
    updateOfficeMessageSettings(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOfficeMessageSettingsInput, { description: 'The office and its settings.' }) input: UpdateOfficeMessageSettingsInput) {
      return templates.updateOfficeMessageSettings(ctx, input);
    }
  }
  return [MessageTemplatesResolver] as const;
}
