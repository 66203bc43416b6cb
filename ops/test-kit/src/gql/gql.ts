/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n        query AccountsCliViewer {\n          viewer {\n            kind\n            name\n          }\n        }\n      ": typeof types.AccountsCliViewerDocument,
    "\n  mutation AccountsCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n      ... on StaffAccount {\n        id\n        username\n        memberships {\n          role\n          office {\n            id\n          }\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.AccountsCreateStaffAccountDocument,
    "\n  mutation AccountsUpdateStaffAccount($input: UpdateStaffAccountInput!) {\n    updateStaffAccount(input: $input) {\n      __typename\n      ... on StaffAccount {\n        id\n        disabled\n      }\n    }\n  }\n": typeof types.AccountsUpdateStaffAccountDocument,
    "\n  mutation AccountsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        token\n        expiresAt\n        account {\n          username\n        }\n      }\n      ... on AccountLocked {\n        lockedUntil\n      }\n    }\n  }\n": typeof types.AccountsLoginDocument,
    "\n  query AccountsViewer {\n    viewer {\n      kind\n      name\n      account {\n        username\n        isAdmin\n        memberships {\n          role\n          office {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountsViewerDocument,
    "\n  mutation AccountsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n        apiKey {\n          id\n          keyPrefix\n          level\n        }\n      }\n    }\n  }\n": typeof types.AccountsCreateApiKeyDocument,
    "\n  mutation AccountsCreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      __typename\n      ... on CreatedDevice {\n        key\n        device {\n          id\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.AccountsCreateDeviceDocument,
    "\n  query AccountsAuditLog($officeId: ID) {\n    auditLog(officeId: $officeId, first: 100) {\n      edges {\n        node {\n          id\n          at\n          actorKind\n          actorName\n          action\n          details\n        }\n      }\n    }\n  }\n": typeof types.AccountsAuditLogDocument,
    "\n            mutation AccountsLogout {\n              logout\n            }\n          ": typeof types.AccountsLogoutDocument,
    "\n        mutation AccountsRevokeApiKey($input: RevokeInput!) {\n          revokeApiKey(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.AccountsRevokeApiKeyDocument,
    "\n  mutation OidcConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      __typename\n      ... on IdentityProviderSettings {\n        id\n        issuer\n        clientId\n        hasClientSecret\n        scopes\n        groupsClaim\n        mappings {\n          claimValue\n          roleName\n          departmentId\n          officeId\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.OidcConfigureIdentityProviderDocument,
    "\n  query OidcIdentityProvider($organisationId: ID!) {\n    identityProvider(organisationId: $organisationId) {\n      displayName\n      hasClientSecret\n      mappings {\n        claimValue\n        roleName\n      }\n    }\n  }\n": typeof types.OidcIdentityProviderDocument,
    "\n  query OidcSignInProviders($organisation: String) {\n    signInProviders(organisation: $organisation) {\n      organisationSlug\n      displayName\n      loginPath\n    }\n  }\n": typeof types.OidcSignInProvidersDocument,
    "\n  query OidcViewer {\n    viewer {\n      kind\n      account {\n        username\n        displayName\n        assignments {\n          source\n          role {\n            name\n          }\n          office {\n            id\n          }\n          department {\n            id\n          }\n        }\n      }\n    }\n    sessionSignInProvider {\n      displayName\n    }\n  }\n": typeof types.OidcViewerDocument,
    "\n  query OidcQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      computedAt\n    }\n  }\n": typeof types.OidcQueueDocument,
    "\n  mutation SetupCompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      __typename\n      ... on StaffAccount {\n        username\n        displayName\n        isAdmin\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": typeof types.SetupCompleteSetupDocument,
    "\n      mutation BookingReleaseReservation($input: ReleaseReservationInput!) {\n        releaseReservation(input: $input) {\n          __typename\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    ": typeof types.BookingReleaseReservationDocument,
    "\n  mutation ReserveForPersons($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        id\n        token\n        start\n        end\n        services {\n          quantity\n          durationSlots\n          service {\n            id\n          }\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n          min\n          max\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.ReserveForPersonsDocument,
    "\n  query AppointmentForPersons($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      persons\n      start\n      end\n      services {\n        quantity\n        durationSlots\n        service {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AppointmentForPersonsDocument,
    "\n  mutation MoveForPersons($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        persons\n        start\n        end\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.MoveForPersonsDocument,
    "\n  query SlotsForPersons($input: AvailableSlotsInput!) {\n    availableSlots(input: $input) {\n      startTimes\n      office {\n        id\n      }\n    }\n  }\n": typeof types.SlotsForPersonsDocument,
    "\n  query CapacityPreviewCapacityPreview($input: CapacityPreviewInput!) {\n    capacityPreview(input: $input) {\n      __typename\n      ... on CapacityPreview {\n        weekStart\n        office {\n          id\n        }\n        slots {\n          start\n          end\n          date\n          publicCapacity\n          internCapacity\n          taken\n        }\n        affectedAppointments {\n          number\n          start\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CapacityPreviewCapacityPreviewDocument,
    "\n          query CapacityPreviewOffice($id: ID!) {\n            office(id: $id) {\n              version\n            }\n          }\n        ": typeof types.CapacityPreviewOfficeDocument,
    "\n        query CapacityPreviewOffice2($id: ID!) {\n          office(id: $id) {\n            version\n            capacityRules {\n              endTime\n              weekdays\n            }\n          }\n        }\n      ": typeof types.CapacityPreviewOffice2Document,
    "\n        mutation CapacityPreviewCreateStaffAccount($input: CreateStaffAccountInput!) {\n          createStaffAccount(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.CapacityPreviewCreateStaffAccountDocument,
    "\n  mutation ClosuresAddClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n      ... on CapacityChange {\n        closure {\n          id\n          date\n          until\n          reason\n        }\n        affectedAppointments {\n          id\n          number\n          date\n          status\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.ClosuresAddClosureDocument,
    "\n  query ClosuresOffice($id: ID!) {\n    office(id: $id) {\n      closures {\n        id\n        date\n        until\n        reason\n        openAppointments {\n          id\n          number\n        }\n        keptAppointments {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.ClosuresOfficeDocument,
    "\n  mutation ClosuresCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {\n    cancelOfficeAppointments(input: $input) {\n      __typename\n      ... on CancelledAppointments {\n        appointments {\n          number\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ClosuresCancelOfficeAppointmentsDocument,
    "\n  mutation ClosuresKeepClosureAppointments($input: KeepClosureAppointmentsInput!) {\n    keepClosureAppointments(input: $input) {\n      __typename\n      ... on Closure {\n        id\n        openAppointments {\n          number\n        }\n        keptAppointments {\n          number\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.ClosuresKeepClosureAppointmentsDocument,
    "\n  mutation ClosuresUpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n    updateCapacityRule(input: $input) {\n      __typename\n      ... on CapacityChange {\n        affectedAppointments {\n          number\n        }\n      }\n    }\n  }\n": typeof types.ClosuresUpdateCapacityRuleDocument,
    "\n        query ClosuresCapacityPreview($input: CapacityPreviewInput!) {\n          capacityPreview(input: $input) {\n            ... on CapacityPreview {\n              affectedAppointments {\n                number\n              }\n            }\n          }\n        }\n      ": typeof types.ClosuresCapacityPreviewDocument,
    "\n        mutation ClosuresRemoveClosure($input: RemoveClosureInput!) {\n          removeClosure(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.ClosuresRemoveClosureDocument,
    "\n        mutation ClosuresCreateStaffAccount($input: CreateStaffAccountInput!) {\n          createStaffAccount(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.ClosuresCreateStaffAccountDocument,
    "\n  query OrganisationHolidaysList($organisationId: ID!) {\n    organisationHolidays(organisationId: $organisationId) {\n      __typename\n      ... on OrganisationHolidays {\n        organisationId\n        days {\n          id\n          day\n          name\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrganisationHolidaysListDocument,
    "\n  mutation OrganisationHolidaysAdd($input: AddOrganisationHolidayInput!) {\n    addOrganisationHoliday(input: $input) {\n      __typename\n      ... on OrganisationHolidayChange {\n        holiday {\n          id\n          day\n          name\n        }\n        holidays {\n          days {\n            day\n          }\n        }\n        affectedAppointments {\n          number\n          date\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrganisationHolidaysAddDocument,
    "\n  mutation OrganisationHolidaysRemove($input: RemoveOrganisationHolidayInput!) {\n    removeOrganisationHoliday(input: $input) {\n      __typename\n      ... on OrganisationHolidayChange {\n        holiday {\n          day\n        }\n        holidays {\n          days {\n            day\n          }\n        }\n        affectedAppointments {\n          number\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrganisationHolidaysRemoveDocument,
    "\n  mutation OrganisationHolidaysCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": typeof types.OrganisationHolidaysCreateStaffAccountDocument,
    "\n  query OrganisationHolidaysOrganisations {\n    organisations {\n      id\n      roles {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrganisationHolidaysOrganisationsDocument,
    "\n  mutation OrganisationHolidaysCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      __typename\n      ... on Organisation {\n        id\n      }\n    }\n  }\n": typeof types.OrganisationHolidaysCreateOrganisationDocument,
    "\n  mutation OrganisationHolidaysUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n    }\n  }\n": typeof types.OrganisationHolidaysUpdateOfficeSettingsDocument,
    "\n  mutation OfficeSettingsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          reservationMinutes\n          displayMessage\n          noShowLimit\n          contactRetentionDays\n          ticketFirstNumber\n          ticketLastNumber\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n          message\n          min\n          max\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.OfficeSettingsUpdateOfficeSettingsDocument,
    "\n  mutation OfficeSettingsSetOpeningHours($input: SetOpeningHoursInput!) {\n    setOpeningHours(input: $input) {\n      __typename\n      ... on Office {\n        openingHours {\n          weekdays\n          open\n          close\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n          min\n          max\n        }\n      }\n    }\n  }\n": typeof types.OfficeSettingsSetOpeningHoursDocument,
    "\n  mutation OfficeSettingsCreateCapacityRule($input: CreateCapacityRuleInput!) {\n    createCapacityRule(input: $input) {\n      __typename\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n          min\n          max\n        }\n      }\n    }\n  }\n": typeof types.OfficeSettingsCreateCapacityRuleDocument,
    "\n        query OfficeSettingsOffice($id: ID!) {\n          office(id: $id) {\n            settings {\n              reservationMinutes\n              displayMessage\n              noShowLimit\n              contactRetentionDays\n              ticketFirstNumber\n              ticketLastNumber\n            }\n          }\n        }\n      ": typeof types.OfficeSettingsOfficeDocument,
    "\n  query ServiceSearchServices($search: String, $language: MessageLanguage, $first: Int!, $after: String) {\n    services(search: $search, language: $language, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name(language: $language)\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ServiceSearchServicesDocument,
    "\n      mutation ServiceSearchCreateService($input: CreateServiceInput!) {\n        createService(input: $input) {\n          ... on Service {\n            id\n          }\n        }\n      }\n    ": typeof types.ServiceSearchCreateServiceDocument,
    "\n      mutation ServiceSearchSetServiceText($input: SetServiceTextInput!) {\n        setServiceText(input: $input) {\n          __typename\n          ... on Service {\n            id\n          }\n          ... on ErrorResult {\n            message\n          }\n        }\n      }\n    ": typeof types.ServiceSearchSetServiceTextDocument,
    "\n      query ServiceSearchServices2($language: MessageLanguage) {\n        services(first: 50) {\n          edges {\n            node {\n              id\n              name(language: $language)\n              whatToBring(language: $language)\n            }\n          }\n        }\n      }\n    ": typeof types.ServiceSearchServices2Document,
    "\n      mutation ServiceSearchSetServiceTextAnonymously($input: SetServiceTextInput!) {\n        setServiceText(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.ServiceSearchSetServiceTextAnonymouslyDocument,
    "\n    mutation ServiceSearchAddSearchSynonym($input: AddSearchSynonymInput!) {\n      addSearchSynonym(input: $input) {\n        __typename\n        ... on SearchSynonym {\n          id\n          term\n          means\n        }\n        ... on InvalidInput {\n          problems\n        }\n      }\n    }\n  ": typeof types.ServiceSearchAddSearchSynonymDocument,
    "\n    mutation ServiceSearchRemoveSearchSynonym($input: RemoveSearchSynonymInput!) {\n      removeSearchSynonym(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.ServiceSearchRemoveSearchSynonymDocument,
    "\n        query ServiceSearchSearchSynonyms {\n          searchSynonyms(first: 200) {\n            edges {\n              node {\n                term\n                means\n              }\n            }\n          }\n        }\n      ": typeof types.ServiceSearchSearchSynonymsDocument,
    "\n            query ServiceSearchSearchSynonyms2 {\n              searchSynonyms(first: 1) {\n                edges {\n                  node {\n                    term\n                  }\n                }\n              }\n            }\n          ": typeof types.ServiceSearchSearchSynonyms2Document,
    "\n        mutation ServiceSearchCreateOffice {\n          createOffice(input: { name: \"Bürgeramt Test\", address: { street: \"Weg\", houseNumber: \"1\", postalCode: \"10115\" } }) {\n            ... on Office {\n              id\n            }\n          }\n        }\n      ": typeof types.ServiceSearchCreateOfficeDocument,
    "\n          mutation ServiceSearchSetOfficeService($input: SetOfficeServiceInput!) {\n            setOfficeService(input: $input) {\n              __typename\n            }\n          }\n        ": typeof types.ServiceSearchSetOfficeServiceDocument,
    "\n        query ServiceSearchServices3 {\n          services(first: 50) {\n            edges {\n              node {\n                id\n                bookableOnline\n              }\n            }\n          }\n        }\n      ": typeof types.ServiceSearchServices3Document,
    "\n            query ServiceSearchOffices($serviceIds: [ID!], $bookableOnline: Boolean) {\n              offices(serviceIds: $serviceIds, bookableOnline: $bookableOnline, first: 10) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": typeof types.ServiceSearchOfficesDocument,
    "\n  mutation DrawJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n    }\n  }\n": typeof types.DrawJoinWaitlistDocument,
    "\n  mutation DrawDeclineWaitlistOffer($input: LinkTokenInput!) {\n    declineWaitlistOffer(input: $input) {\n      __typename\n    }\n  }\n": typeof types.DrawDeclineWaitlistOfferDocument,
    "\n  mutation DrawSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {\n    setServiceReleaseMode(input: $input) {\n      __typename\n    }\n  }\n": typeof types.DrawSetServiceReleaseModeDocument,
    "\n  mutation DrawScheduleDraw($input: ScheduleDrawInput!) {\n    scheduleDraw(input: $input) {\n      __typename\n      ... on Draw {\n        id\n        status\n        commitment\n        seed\n        releaseAt\n      }\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": typeof types.DrawScheduleDrawDocument,
    "\n  query DrawDraws($serviceId: ID) {\n    draws(serviceId: $serviceId) {\n      id\n      status\n      commitment\n      seed\n      urgentQuota\n      registrations\n      resultUrl\n      service {\n        id\n      }\n      offices {\n        id\n      }\n      statistics {\n        offerableSlots\n        registrations\n        offersMade\n        booked\n        declined\n        lapsed\n        fillRate\n      }\n    }\n  }\n": typeof types.DrawDrawsDocument,
    "\n  query DrawDrawEntries($drawId: ID!) {\n    drawEntries(drawId: $drawId) {\n      digest\n      urgent\n      position\n    }\n  }\n": typeof types.DrawDrawEntriesDocument,
    "\n  mutation DrawRegisterForDraw($input: RegisterForDrawInput!) {\n    registerForDraw(input: $input) {\n      __typename\n      ... on DrawRegistered {\n        statusToken\n        registration {\n          id\n          status\n          entryDigest\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": typeof types.DrawRegisterForDrawDocument,
    "\n  mutation DrawVerifyDrawRegistration($token: String!, $code: String) {\n    verifyDrawRegistration(token: $token, code: $code) {\n      __typename\n      ... on DrawRegistrationView {\n        status\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.DrawVerifyDrawRegistrationDocument,
    "\n  query DrawDrawRegistration($token: String!) {\n    drawRegistration(token: $token) {\n      id\n      status\n      position\n      urgent\n      entryDigest\n      rollOver\n      draw {\n        id\n      }\n      offer {\n        id\n        status\n        start\n        persons\n        office {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DrawDrawRegistrationDocument,
    "\n  mutation DrawAcceptDrawOffer($token: String!) {\n    acceptDrawOffer(token: $token) {\n      __typename\n      ... on DrawOfferAccepted {\n        secret\n        appointment {\n          number\n          status\n          start\n        }\n      }\n    }\n  }\n": typeof types.DrawAcceptDrawOfferDocument,
    "\n  mutation DrawDeclineDrawOffer($token: String!) {\n    declineDrawOffer(token: $token) {\n      __typename\n      ... on DrawOfferView {\n        status\n      }\n    }\n  }\n": typeof types.DrawDeclineDrawOfferDocument,
    "\n  query DrawDrawRegistrations($drawId: ID!) {\n    drawRegistrations(drawId: $drawId) {\n      name\n      channel\n      registration {\n        id\n        status\n        position\n      }\n    }\n  }\n": typeof types.DrawDrawRegistrationsDocument,
    "\n  mutation DrawSetDrawRegistrationUrgent($registrationId: ID!, $urgent: Boolean!, $reason: String) {\n    setDrawRegistrationUrgent(registrationId: $registrationId, urgent: $urgent, reason: $reason) {\n      __typename\n    }\n  }\n": typeof types.DrawSetDrawRegistrationUrgentDocument,
    "\n  mutation DrawWithdrawDrawRegistration($token: String!) {\n    withdrawDrawRegistration(token: $token) {\n      __typename\n      ... on DrawRegistrationView {\n        status\n      }\n    }\n  }\n": typeof types.DrawWithdrawDrawRegistrationDocument,
    "\n  mutation DrawCancelDraw($drawId: ID!) {\n    cancelDraw(drawId: $drawId) {\n      __typename\n      ... on Draw {\n        status\n      }\n    }\n  }\n": typeof types.DrawCancelDrawDocument,
    "\n  query DrawAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      start\n      contactName\n    }\n  }\n": typeof types.DrawAppointmentDocument,
    "\n  mutation ReleaseModeSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {\n    setServiceReleaseMode(input: $input) {\n      __typename\n      ... on ServiceRelease {\n        officeId\n        serviceId\n        mode\n        releasedUntil\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReleaseModeSetServiceReleaseModeDocument,
    "\n  query ReleaseModeServiceReleases($officeIds: [ID!]!) {\n    serviceReleases(officeIds: $officeIds) {\n      officeId\n      serviceId\n      mode\n      releasedUntil\n    }\n  }\n": typeof types.ReleaseModeServiceReleasesDocument,
    "\n  mutation ReleaseModeJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": typeof types.ReleaseModeJoinWaitlistDocument,
    "\n  mutation DrawMessagesSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {\n    setServiceReleaseMode(input: $input) {\n      __typename\n    }\n  }\n": typeof types.DrawMessagesSetServiceReleaseModeDocument,
    "\n  mutation DrawMessagesScheduleDraw($input: ScheduleDrawInput!) {\n    scheduleDraw(input: $input) {\n      __typename\n      ... on Draw {\n        id\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": typeof types.DrawMessagesScheduleDrawDocument,
    "\n  mutation DrawMessagesRegisterForDraw($input: RegisterForDrawInput!) {\n    registerForDraw(input: $input) {\n      __typename\n      ... on DrawRegistered {\n        statusToken\n        registration {\n          id\n          status\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DrawMessagesRegisterForDrawDocument,
    "\n  mutation DrawMessagesVerifyDrawRegistration($token: String!, $code: String) {\n    verifyDrawRegistration(token: $token, code: $code) {\n      __typename\n      ... on DrawRegistrationView {\n        status\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.DrawMessagesVerifyDrawRegistrationDocument,
    "\n  query DrawMessagesDrawOffer($token: String!) {\n    drawOffer(token: $token) {\n      status\n      start\n      persons\n    }\n  }\n": typeof types.DrawMessagesDrawOfferDocument,
    "\n  query DrawMessagesDrawRegistration($token: String!) {\n    drawRegistration(token: $token) {\n      id\n      status\n    }\n  }\n": typeof types.DrawMessagesDrawRegistrationDocument,
    "\n  mutation DrawMessagesSaveMessageTemplate($input: SaveMessageTemplateInput!) {\n    saveMessageTemplate(input: $input) {\n      __typename\n    }\n  }\n": typeof types.DrawMessagesSaveMessageTemplateDocument,
    "\n  mutation DrawMessagesRemoveMessageTemplate($input: MessageTemplateScopeInput!) {\n    removeMessageTemplate(input: $input) {\n      __typename\n    }\n  }\n": typeof types.DrawMessagesRemoveMessageTemplateDocument,
    "\n  query DrawMessagesPreviewMessage($input: PreviewMessageInput!) {\n    previewMessage(input: $input) {\n      __typename\n      ... on MessagePreview {\n        source\n        subject\n        text\n      }\n    }\n  }\n": typeof types.DrawMessagesPreviewMessageDocument,
    "\n  mutation DrawMessagesCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": typeof types.DrawMessagesCreateApiKeyDocument,
    "\n  mutation HeadsUpLeaveTicketContact($input: LeaveTicketContactInput!) {\n    leaveTicketContact(input: $input) {\n      __typename\n      ... on TicketContact {\n        email\n        phone\n        language\n        browserNotifications\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.HeadsUpLeaveTicketContactDocument,
    "\n  query HeadsUpTicketContact($input: QueueAccessInput!) {\n    ticketContact(input: $input) {\n      email\n      phone\n      browserNotifications\n    }\n  }\n": typeof types.HeadsUpTicketContactDocument,
    "\n  query HeadsUpWebPushPublicKey {\n    webPushPublicKey\n  }\n": typeof types.HeadsUpWebPushPublicKeyDocument,
    "\n  mutation HeadsUpSubscribeTicketPush($input: SubscribeTicketPushInput!) {\n    subscribeTicketPush(input: $input) {\n      __typename\n      ... on TicketContact {\n        browserNotifications\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.HeadsUpSubscribeTicketPushDocument,
    "\n    query MessageTemplatesOfficeMessages($officeId: ID!) {\n      officeMessages(officeId: $officeId) {\n        __typename\n        ... on OfficeMessages {\n          organisationId\n          templates {\n            kind\n            language\n            subject\n          }\n          organisationTemplates {\n            kind\n            subject\n          }\n          reminderOffsetsMinutes\n          defaultReminderOffsetsMinutes\n          allowedLinkHosts\n          kinds {\n            kind\n            placeholders\n          }\n        }\n      }\n    }\n  ": typeof types.MessageTemplatesOfficeMessagesDocument,
    "\n    mutation MessageTemplatesSave($input: SaveMessageTemplateInput!) {\n      saveMessageTemplate(input: $input) {\n        __typename\n        ... on MessageTemplateText {\n          kind\n          language\n          subject\n          body\n        }\n        ... on UnknownPlaceholder {\n          code\n          placeholder\n          field\n          known\n        }\n        ... on LinkNotAllowed {\n          code\n          host\n          field\n        }\n        ... on ErrorResult {\n          message\n        }\n      }\n    }\n  ": typeof types.MessageTemplatesSaveDocument,
    "\n    mutation MessageTemplatesRemove($input: MessageTemplateScopeInput!) {\n      removeMessageTemplate(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.MessageTemplatesRemoveDocument,
    "\n    query MessageTemplatesPreview($input: PreviewMessageInput!) {\n      previewMessage(input: $input) {\n        __typename\n        ... on MessagePreview {\n          source\n          subject\n          text\n          html\n        }\n        ... on UnknownPlaceholder {\n          placeholder\n        }\n      }\n    }\n  ": typeof types.MessageTemplatesPreviewDocument,
    "\n    mutation MessageTemplatesSettings($input: UpdateOfficeMessageSettingsInput!) {\n      updateOfficeMessageSettings(input: $input) {\n        __typename\n        ... on OfficeMessages {\n          reminderOffsetsMinutes\n          copyEmail\n          surveyUrl\n        }\n        ... on LinkNotAllowed {\n          host\n          field\n        }\n        ... on InvalidInput {\n          fieldProblems {\n            field\n          }\n        }\n      }\n    }\n  ": typeof types.MessageTemplatesSettingsDocument,
    "\n    mutation MessageTemplatesSignIn($input: SignInAtCounterInput!) {\n      signInAtCounter(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.MessageTemplatesSignInDocument,
    "\n    mutation MessageTemplatesCreateCounter($input: CreateCounterInput!) {\n      createCounter(input: $input) {\n        ... on Counter {\n          id\n        }\n      }\n    }\n  ": typeof types.MessageTemplatesCreateCounterDocument,
    "\n    mutation MessageTemplatesCheckIn($input: CheckInInput!) {\n      checkIn(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n        }\n      }\n    }\n  ": typeof types.MessageTemplatesCheckInDocument,
    "\n    mutation MessageTemplatesCall($input: EntryInput!) {\n      callEntry(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.MessageTemplatesCallDocument,
    "\n    mutation MessageTemplatesStart($input: EntryInput!) {\n      startService(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.MessageTemplatesStartDocument,
    "\n    mutation MessageTemplatesFinish($input: FinishServiceInput!) {\n      finishService(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.MessageTemplatesFinishDocument,
    "\n    query NotificationsAppointmentByLink($input: LinkTokenInput!) {\n      appointmentByLink(input: $input) {\n        number\n        status\n        start\n      }\n    }\n  ": typeof types.NotificationsAppointmentByLinkDocument,
    "\n    mutation NotificationsCancelAppointmentByLink($input: LinkTokenInput!) {\n      cancelAppointmentByLink(input: $input) {\n        __typename\n        ... on Appointment {\n          number\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.NotificationsCancelAppointmentByLinkDocument,
    "\n    mutation NotificationsConfirmAppointmentByLink($input: LinkTokenInput!) {\n      confirmAppointmentByLink(input: $input) {\n        __typename\n        ... on Appointment {\n          number\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.NotificationsConfirmAppointmentByLinkDocument,
    "\n        mutation NotificationsCreateService {\n          createService(input: { name: \"Personalausweis beantragen\" }) {\n            ... on Service {\n              id\n            }\n          }\n        }\n      ": typeof types.NotificationsCreateServiceDocument,
    "\n      mutation NotificationsSetServiceText($input: SetServiceTextInput!) {\n        setServiceText(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.NotificationsSetServiceTextDocument,
    "\n        mutation NotificationsSetOfficeService($input: SetOfficeServiceInput!) {\n          setOfficeService(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.NotificationsSetOfficeServiceDocument,
    "\n        mutation NotificationsCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {\n          cancelOfficeAppointments(input: $input) {\n            __typename\n            ... on CancelledAppointments {\n              appointments {\n                number\n                status\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      ": typeof types.NotificationsCancelOfficeAppointmentsDocument,
    "\n    query NotificationsAppointment($input: AppointmentAccessInput!) {\n      appointment(input: $input) {\n        status\n        confirmBy\n      }\n    }\n  ": typeof types.NotificationsAppointmentDocument,
    "\n        mutation NotificationsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.NotificationsUpdateOfficeSettingsDocument,
    "\n        subscription NotificationsAvailabilityChanged($officeId: ID!) {\n          availabilityChanged(officeId: $officeId) {\n            reason\n            dates\n          }\n        }\n      ": typeof types.NotificationsAvailabilityChangedDocument,
    "\n        mutation NotificationsSetOpeningHours($input: SetOpeningHoursInput!) {\n          setOpeningHours(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.NotificationsSetOpeningHoursDocument,
    "\n          mutation NotificationsCheckIn($input: CheckInInput!) {\n            checkIn(input: $input) {\n              __typename\n              ... on QueueEntry {\n                id\n              }\n            }\n          }\n        ": typeof types.NotificationsCheckInDocument,
    "\n        mutation NotificationsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": typeof types.NotificationsCreateCounterDocument,
    "\n        mutation NotificationsSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.NotificationsSignInAtCounterDocument,
    "\n          query NotificationsQueue($officeId: ID!) {\n            queue(officeId: $officeId) {\n              entries {\n                id\n                position\n              }\n            }\n          }\n        ": typeof types.NotificationsQueueDocument,
    "\n            mutation NotificationsCallNext {\n              callNext {\n                __typename\n              }\n            }\n          ": typeof types.NotificationsCallNextDocument,
    "\n        mutation NotificationsCallNext2 {\n          callNext {\n            __typename\n          }\n        }\n      ": typeof types.NotificationsCallNext2Document,
    "\n  mutation RetentionUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          contactRetentionDays\n          noShowLimit\n        }\n      }\n    }\n  }\n": typeof types.RetentionUpdateOfficeSettingsDocument,
    "\n      mutation RetentionJoinWaitlist($input: JoinWaitlistInput!) {\n        joinWaitlist(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.RetentionJoinWaitlistDocument,
    "\n  query CounterWorkQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      version\n      computedAt\n      nextChangeAt\n      entries {\n        id\n        displayNumber\n        status\n        position\n        estimatedWaitMinutes\n        skippedUntil\n        counterName\n        citizenName\n        services {\n          id\n          name\n        }\n      }\n      myCounter {\n        callingOrder\n        session {\n          counterName\n          staffName\n          serviceIds\n        }\n      }\n    }\n  }\n": typeof types.CounterWorkQueueDocument,
    "\n  mutation CounterWorkIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        entry {\n          id\n          displayNumber\n        }\n      }\n    }\n  }\n": typeof types.CounterWorkIssueTicketDocument,
    "\n  mutation CounterWorkCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.CounterWorkCheckInDocument,
    "\n  mutation CounterWorkSignInAtCounter($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n      ... on CounterSession {\n        counterName\n        staffName\n      }\n      ... on CounterOccupied {\n        code\n        staffName\n        since\n        canTakeOver\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.CounterWorkSignInAtCounterDocument,
    "\n  mutation CounterWorkCallNext {\n    callNext {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.CounterWorkCallNextDocument,
    "\n    mutation CounterWorkStepMarkMissed($input: EntryInput!) {\n      markMissed(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.CounterWorkStepMarkMissedDocument,
    "\n    mutation CounterWorkStepRequeueEntry($input: EntryInput!) {\n      requeueEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.CounterWorkStepRequeueEntryDocument,
    "\n    mutation CounterWorkStepStartService($input: EntryInput!) {\n      startService(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.CounterWorkStepStartServiceDocument,
    "\n  mutation CounterWorkSetEntryPriority($input: SetEntryPriorityInput!) {\n    setEntryPriority(input: $input) {\n      __typename\n    }\n  }\n": typeof types.CounterWorkSetEntryPriorityDocument,
    "\n      mutation CounterWorkSetOpeningHours($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.CounterWorkSetOpeningHoursDocument,
    "\n      mutation CounterWorkCreateCounter($input: CreateCounterInput!) {\n        createCounter(input: $input) {\n          ... on Counter {\n            id\n          }\n        }\n      }\n    ": typeof types.CounterWorkCreateCounterDocument,
    "\n      mutation CounterWorkCreateStaffAccount($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.CounterWorkCreateStaffAccountDocument,
    "\n        query CounterWorkWaitingInfo($officeId: ID!) {\n          waitingInfo(officeId: $officeId) {\n            estimatedWaitMinutes\n          }\n        }\n      ": typeof types.CounterWorkWaitingInfoDocument,
    "\n        mutation CounterWorkCreateDevice($input: CreateDeviceInput!) {\n          createDevice(input: $input) {\n            ... on CreatedDevice {\n              key\n            }\n          }\n        }\n      ": typeof types.CounterWorkCreateDeviceDocument,
    "\n        mutation CounterWorkCheckIn2($input: CheckInInput!) {\n          checkIn(input: $input) {\n            __typename\n            ... on QueueEntry {\n              displayNumber\n              citizenName\n            }\n          }\n        }\n      ": typeof types.CounterWorkCheckIn2Document,
    "\n        query CounterWorkCounterSessions($officeId: ID!) {\n          counterSessions(officeId: $officeId) {\n            counterName\n            staffName\n          }\n        }\n      ": typeof types.CounterWorkCounterSessionsDocument,
    "\n        subscription QueueEventsCallIssued($officeId: ID) {\n          callIssued(officeId: $officeId) {\n            displayNumber\n            counterName\n            version\n            office {\n              id\n            }\n          }\n        }\n      ": typeof types.QueueEventsCallIssuedDocument,
    "\n        mutation QueueEventsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": typeof types.QueueEventsCreateCounterDocument,
    "\n        mutation QueueEventsSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.QueueEventsSignInAtCounterDocument,
    "\n        mutation QueueEventsIssueTicket($input: IssueTicketInput!) {\n          issueTicket(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.QueueEventsIssueTicketDocument,
    "\n        mutation QueueEventsCallNext {\n          callNext {\n            __typename\n            ... on QueueEntry {\n              displayNumber\n            }\n          }\n        }\n      ": typeof types.QueueEventsCallNextDocument,
    "\n  mutation QueueIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        secret\n        statusUrl\n        entry {\n          id\n          displayNumber\n          position\n          estimatedWaitMinutes\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.QueueIssueTicketDocument,
    "\n  mutation QueueCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.QueueCheckInDocument,
    "\n  query QueueQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      version\n      entries {\n        id\n        displayNumber\n        status\n        withAppointment\n        position\n        estimatedWaitMinutes\n        counterName\n      }\n    }\n  }\n": typeof types.QueueQueueDocument,
    "\n  mutation QueueSignInAtCounter($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n      ... on CounterSession {\n        counterName\n      }\n    }\n  }\n": typeof types.QueueSignInAtCounterDocument,
    "\n  mutation QueueCallNext {\n    callNext {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n        status\n        counterName\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.QueueCallNextDocument,
    "\n    mutation QueueStepRecallEntry($input: EntryInput!) {\n      recallEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n          calledCount\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.QueueStepRecallEntryDocument,
    "\n    mutation QueueStepRequeueEntry($input: EntryInput!) {\n      requeueEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n          calledCount\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.QueueStepRequeueEntryDocument,
    "\n    mutation QueueStepStartService($input: EntryInput!) {\n      startService(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n          calledCount\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.QueueStepStartServiceDocument,
    "\n  mutation QueueCreateCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      ... on Counter {\n        id\n        name\n      }\n    }\n  }\n": typeof types.QueueCreateCounterDocument,
    "\n  mutation QueueCreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      ... on CreatedDevice {\n        key\n      }\n    }\n  }\n": typeof types.QueueCreateDeviceDocument,
    "\n  mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n    }\n  }\n": typeof types.QueueCreateStaffAccountDocument,
    "\n      mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.QueueSetOpeningHoursDocument,
    "\n        subscription QueueCallIssued($officeId: ID) {\n          callIssued(officeId: $officeId) {\n            displayNumber\n            counterName\n            room\n            version\n          }\n        }\n      ": typeof types.QueueCallIssuedDocument,
    "\n        subscription QueueMyQueueStatus($input: QueueAccessInput!) {\n          myQueueStatus(input: $input) {\n            status\n            position\n            counterName\n            version\n          }\n        }\n      ": typeof types.QueueMyQueueStatusDocument,
    "\n        mutation QueueFinishService($input: FinishServiceInput!) {\n          finishService(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.QueueFinishServiceDocument,
    "\n          subscription QueueMyQueueStatus2($input: QueueAccessInput!) {\n            myQueueStatus(input: $input) {\n              displayNumber\n              status\n              position\n            }\n          }\n        ": typeof types.QueueMyQueueStatus2Document,
    "\n        mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.QueueUpdateOfficeSettingsDocument,
    "\n        mutation QueueRedirectEntry($input: RedirectEntryInput!) {\n          redirectEntry(input: $input) {\n            __typename\n            ... on QueueEntry {\n              id\n              displayNumber\n              status\n            }\n          }\n        }\n      ": typeof types.QueueRedirectEntryDocument,
    "\n        query QueueQueueStatus($input: QueueAccessInput!) {\n          queueStatus(input: $input) {\n            status\n            position\n          }\n        }\n      ": typeof types.QueueQueueStatusDocument,
    "\n        mutation QueueCallEntry($input: EntryInput!) {\n          callEntry(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.QueueCallEntryDocument,
    "\n        mutation QueueFinishService2($input: FinishServiceInput!) {\n          finishService(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.QueueFinishService2Document,
    "\n        query QueueWaitingInfo($officeId: ID!) {\n          waitingInfo(officeId: $officeId) {\n            version\n            waitingCount\n            estimatedWaitMinutes\n            countersServing\n          }\n        }\n      ": typeof types.QueueWaitingInfoDocument,
    "\n        query QueueRecentCalls($officeId: ID) {\n          recentCalls(officeId: $officeId) {\n            versions {\n              officeId\n              version\n            }\n            calls {\n              id\n              displayNumber\n              counterName\n              callCount\n            }\n          }\n        }\n      ": typeof types.QueueRecentCallsDocument,
    "\n        subscription QueueQueueChanged {\n          queueChanged(officeId: \"999999\") {\n            version\n          }\n        }\n      ": typeof types.QueueQueueChangedDocument,
    "\n        subscription QueueMyQueueStatus3 {\n          myQueueStatus(input: { number: \"1\", secret: \"wrong\" }) {\n            status\n          }\n        }\n      ": typeof types.QueueMyQueueStatus3Document,
    "\n          subscription QueueQueueChanged2($officeId: ID!) {\n            queueChanged(officeId: $officeId) {\n              version\n            }\n          }\n        ": typeof types.QueueQueueChanged2Document,
    "\n        mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.QueueUpdateOfficeSettings2Document,
    "\n      mutation QueueIssueTicket2($input: IssueTicketInput!) {\n        issueTicket(input: $input) {\n          ... on Ticket {\n            entry {\n              id\n              allowedActions\n            }\n          }\n        }\n      }\n    ": typeof types.QueueIssueTicket2Document,
    "\n  mutation RemoteTestDraw($input: DrawRemoteTicketInput!) {\n    drawRemoteTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        secret\n        statusUrl\n        entry {\n          id\n          displayNumber\n          status\n          remote\n          position\n          checkInUntil\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RemoteTestDrawDocument,
    "\n  mutation RemoteTestCheckIn($input: CheckInRemoteTicketInput!) {\n    checkInRemoteTicket(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n        status\n        remote\n        position\n      }\n      ... on CheckInRefused {\n        reason\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.RemoteTestCheckInDocument,
    "\n  mutation RemoteTestIssue($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        entry {\n          id\n          displayNumber\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.RemoteTestIssueDocument,
    "\n  query RemoteTestQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      entries {\n        id\n        displayNumber\n        status\n        remote\n        position\n        allowedActions\n      }\n      myCounter {\n        callingOrder\n      }\n    }\n  }\n": typeof types.RemoteTestQueueDocument,
    "\n  query RemoteTestStatus($input: QueueAccessInput!) {\n    queueStatus(input: $input) {\n      status\n      remote\n      position\n      checkInFrom\n      checkInUntil\n    }\n  }\n": typeof types.RemoteTestStatusDocument,
    "\n  mutation RemoteTestSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n    }\n  }\n": typeof types.RemoteTestSettingsDocument,
    "\n  mutation RemoteTestHours($input: SetOpeningHoursInput!) {\n    setOpeningHours(input: $input) {\n      __typename\n    }\n  }\n": typeof types.RemoteTestHoursDocument,
    "\n  mutation RemoteTestDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      ... on CreatedDevice {\n        key\n      }\n    }\n  }\n": typeof types.RemoteTestDeviceDocument,
    "\n  mutation RemoteTestCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      ... on Counter {\n        id\n      }\n    }\n  }\n": typeof types.RemoteTestCounterDocument,
    "\n  mutation RemoteTestStaff($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n    }\n  }\n": typeof types.RemoteTestStaffDocument,
    "\n  mutation RemoteTestSignIn($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n    }\n  }\n": typeof types.RemoteTestSignInDocument,
    "\n  mutation RemoteTestCallNext {\n    callNext {\n      __typename\n      ... on QueueEntry {\n        displayNumber\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.RemoteTestCallNextDocument,
    "\n  mutation RemoteTestClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n    }\n  }\n": typeof types.RemoteTestClosureDocument,
    "\n  query RemoteTestChallenge {\n    proofOfWorkChallenge {\n      algorithm\n      challenge\n      maxnumber\n      salt\n      signature\n    }\n  }\n": typeof types.RemoteTestChallengeDocument,
    "\n  query WaitingRoomWaitingRoom($officeId: ID, $groupId: ID) {\n    waitingRoom(officeId: $officeId, groupId: $groupId) {\n      groupId\n      name\n      offices {\n        version\n        displayMessage\n        waitingCount\n        estimatedWaitMinutes\n        countersServing\n        open\n        ticketsLeft\n        office {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WaitingRoomWaitingRoomDocument,
    "\n  subscription WaitingRoomWaitingRoomChanged($officeId: ID, $groupId: ID) {\n    waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n      version\n      displayMessage\n      waitingCount\n      open\n      ticketsLeft\n      office {\n        id\n      }\n    }\n  }\n": typeof types.WaitingRoomWaitingRoomChangedDocument,
    "\n  mutation WaitingRoomIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.WaitingRoomIssueTicketDocument,
    "\n  mutation WaitingRoomUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          displayMessage\n        }\n      }\n    }\n  }\n": typeof types.WaitingRoomUpdateOfficeSettingsDocument,
    "\n  mutation WaitingRoomCreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      ... on CreatedDevice {\n        key\n      }\n    }\n  }\n": typeof types.WaitingRoomCreateDeviceDocument,
    "\n  query WaitingRoomWaitingRoom2($officeId: ID) {\n    waitingRoom(officeId: $officeId) {\n      offices {\n        open\n        opensAt\n      }\n    }\n  }\n": typeof types.WaitingRoomWaitingRoom2Document,
    "\n  mutation WaitingRoomSetOpeningHours($input: SetOpeningHoursInput!) {\n    setOpeningHours(input: $input) {\n      __typename\n    }\n  }\n": typeof types.WaitingRoomSetOpeningHoursDocument,
    "\n  mutation WaitingRoomAddClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n      ... on CapacityChange {\n        closure {\n          id\n        }\n      }\n    }\n  }\n": typeof types.WaitingRoomAddClosureDocument,
    "\n  mutation WaitingRoomRemoveClosure($input: RemoveClosureInput!) {\n    removeClosure(input: $input) {\n      __typename\n    }\n  }\n": typeof types.WaitingRoomRemoveClosureDocument,
    "\n    mutation WaitingRoomStepMarkMissed($input: EntryInput!) {\n      markMissed(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n      }\n    }\n  ": typeof types.WaitingRoomStepMarkMissedDocument,
    "\n    mutation WaitingRoomStepParkEntry($input: EntryInput!) {\n      parkEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n      }\n    }\n  ": typeof types.WaitingRoomStepParkEntryDocument,
    "\n    mutation WaitingRoomStepRequeueEntry($input: EntryInput!) {\n      requeueEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n      }\n    }\n  ": typeof types.WaitingRoomStepRequeueEntryDocument,
    "\n  mutation WaitingRoomCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n      }\n      ... on CheckInRefused {\n        code\n        reason\n        opensAt\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.WaitingRoomCheckInDocument,
    "\n      mutation WaitingRoomSetOpeningHours2($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.WaitingRoomSetOpeningHours2Document,
    "\n      mutation WaitingRoomCreateOfficeGroup($input: OfficeGroupInput!) {\n        createOfficeGroup(input: $input) {\n          ... on OfficeGroup {\n            id\n          }\n        }\n      }\n    ": typeof types.WaitingRoomCreateOfficeGroupDocument,
    "\n        subscription WaitingRoomWaitingRoomChanged2($officeId: ID) {\n          waitingRoomChanged(officeId: $officeId) {\n            version\n            open\n            opensAt\n          }\n        }\n      ": typeof types.WaitingRoomWaitingRoomChanged2Document,
    "\n        mutation WaitingRoomCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": typeof types.WaitingRoomCreateCounterDocument,
    "\n        mutation WaitingRoomSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.WaitingRoomSignInAtCounterDocument,
    "\n            query WaitingRoomWaitingRoom3($officeId: ID) {\n              waitingRoom(officeId: $officeId) {\n                offices {\n                  withdrawnNumbers\n                }\n              }\n            }\n          ": typeof types.WaitingRoomWaitingRoom3Document,
    "\n        mutation WaitingRoomCallNext {\n          callNext {\n            ... on QueueEntry {\n              id\n              displayNumber\n            }\n          }\n        }\n      ": typeof types.WaitingRoomCallNextDocument,
    "\n        subscription WaitingRoomWaitingRoomChanged3($officeId: ID) {\n          waitingRoomChanged(officeId: $officeId) {\n            withdrawnNumbers\n          }\n        }\n      ": typeof types.WaitingRoomWaitingRoomChanged3Document,
    "\n        mutation WaitingRoomCallEntry($input: EntryInput!) {\n          callEntry(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.WaitingRoomCallEntryDocument,
    "\n  subscription AvailabilityEventsAvailabilityChanged($officeId: ID!) {\n    availabilityChanged(officeId: $officeId) {\n      version\n      dates\n      reason\n      office {\n        id\n      }\n    }\n  }\n": typeof types.AvailabilityEventsAvailabilityChangedDocument,
    "\n        mutation AvailabilitySetOfficeService($input: SetOfficeServiceInput!) {\n          setOfficeService(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.AvailabilitySetOfficeServiceDocument,
    "\n        query AvailabilityAvailableDays($input: AvailableDaysInput!) {\n          availableDays(input: $input) {\n            date\n            officeCount\n            offices {\n              id\n            }\n          }\n        }\n      ": typeof types.AvailabilityAvailableDaysDocument,
    "\n        mutation AvailabilityCreateCapacityRule($input: CreateCapacityRuleInput!) {\n          createCapacityRule(input: $input) {\n            __typename\n            ... on InvalidInput {\n              problems\n            }\n          }\n        }\n      ": typeof types.AvailabilityCreateCapacityRuleDocument,
    "\n  mutation HolidayRegionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          holidayRegion\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.HolidayRegionsUpdateOfficeSettingsDocument,
    "\n        query HolidayRegionsOffice($id: ID!) {\n          office(id: $id) {\n            settings {\n              holidayRegion\n            }\n          }\n        }\n      ": typeof types.HolidayRegionsOfficeDocument,
    "\n  query StatisticsStatistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from\n      to\n      offices {\n        id\n      }\n      appointments\n      cancelled\n      noShows\n      walkIns\n      served\n      missed\n      appointmentsByChannel {\n        channel\n        appointments\n      }\n      waitingByHour {\n        hour\n        customers\n        meanMinutes\n        p90Minutes\n      }\n      serviceTimes {\n        service {\n          id\n        }\n        customers\n        meanMinutes\n      }\n      utilisation {\n        date\n        offered\n        booked\n      }\n    }\n  }\n": typeof types.StatisticsStatisticsDocument,
    "\n      mutation StatisticsCreateStaffAccount($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.StatisticsCreateStaffAccountDocument,
    "\n        mutation StatisticsCreateOfficeGroup($input: OfficeGroupInput!) {\n          createOfficeGroup(input: $input) {\n            ... on OfficeGroup {\n              id\n            }\n          }\n        }\n      ": typeof types.StatisticsCreateOfficeGroupDocument,
    "\n        mutation StatisticsCreateOfficeGroup2($input: OfficeGroupInput!) {\n          createOfficeGroup(input: $input) {\n            ... on OfficeGroup {\n              id\n            }\n          }\n        }\n      ": typeof types.StatisticsCreateOfficeGroup2Document,
    "\n  mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n      ... on WaitlistJoined {\n        token\n        entry {\n          status\n          appointmentNumber\n          offices {\n            id\n          }\n          services {\n            id\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.WaitlistJoinWaitlistDocument,
    "\n  query WaitlistWaitlistOffer($input: LinkTokenInput!) {\n    waitlistOffer(input: $input) {\n      status\n      start\n      holdExpiresAt\n      appointmentNumber\n      office {\n        id\n      }\n    }\n  }\n": typeof types.WaitlistWaitlistOfferDocument,
    "\n  mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) {\n    takeWaitlistOffer(input: $input) {\n      __typename\n      ... on WaitlistOfferTaken {\n        secret\n        manageUrl\n        appointment {\n          number\n          status\n          start\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.WaitlistTakeWaitlistOfferDocument,
    "\n  mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) {\n    leaveWaitlist(input: $input) {\n      __typename\n      ... on WaitlistEntryView {\n        status\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.WaitlistLeaveWaitlistDocument,
    "\n        mutation WaitlistSetServiceText($input: SetServiceTextInput!) {\n          setServiceText(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.WaitlistSetServiceTextDocument,
    "\n        subscription WaitlistAvailabilityChanged($officeId: ID!) {\n          availabilityChanged(officeId: $officeId) {\n            reason\n          }\n        }\n      ": typeof types.WaitlistAvailabilityChangedDocument,
    "\n    mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n      updateOfficeSettings(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.WaitlistUpdateOfficeSettingsDocument,
    "\n  mutation LimitsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": typeof types.LimitsCreateApiKeyDocument,
    "\n  query LimitsServices {\n    services {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LimitsServicesDocument,
    "\n  query LimitsViewer {\n    viewer {\n      kind\n    }\n  }\n": typeof types.LimitsViewerDocument,
    "\n      query LimitsProofOfWorkChallenge {\n        proofOfWorkChallenge {\n          algorithm\n          challenge\n          maxnumber\n          salt\n          signature\n          required\n        }\n      }\n    ": typeof types.LimitsProofOfWorkChallengeDocument,
    "\n        query LimitsDeepOffices {\n          offices {\n            edges {\n              node {\n                services {\n                  service {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.LimitsDeepOfficesDocument,
    "\n        query LimitsCostlyServices {\n          services(first: 200) {\n            edges {\n              node {\n                id\n                name\n                description\n                url\n              }\n            }\n          }\n        }\n      ": typeof types.LimitsCostlyServicesDocument,
    "\n            query LimitsTwentyServices {\n              services(first: 20) {\n                edges {\n                  node {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          ": typeof types.LimitsTwentyServicesDocument,
    "\n          query LimitsQueueStatus($input: QueueAccessInput!) {\n            queueStatus(input: $input) {\n              status\n            }\n          }\n        ": typeof types.LimitsQueueStatusDocument,
    "\n        subscription ClusterAvailabilityChanged($officeId: ID!) {\n          availabilityChanged(officeId: $officeId) {\n            version\n            reason\n          }\n        }\n      ": typeof types.ClusterAvailabilityChangedDocument,
    "\n  mutation CustomFieldsUpdateBookingForm($input: UpdateBookingFormInput!) {\n    updateBookingForm(input: $input) {\n      __typename\n      ... on BookingForm {\n        remarks\n        remarksMaxLength\n        fields {\n          id\n          key\n          kind\n          required\n          maxLength\n          label(language: en)\n          labels {\n            language\n            text\n          }\n          options {\n            value\n            label\n          }\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomFieldsUpdateBookingFormDocument,
    "\n  query CustomFieldsBookingForm($id: ID!) {\n    office(id: $id) {\n      bookingForm {\n        remarks\n        fields {\n          key\n          required\n          label(language: en)\n          options {\n            value\n            label(language: en)\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomFieldsBookingFormDocument,
    "\n  mutation CustomFieldsConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        appointment {\n          id\n          number\n          remarks\n          fields {\n            key\n            value\n            label\n            optionLabel(language: en)\n          }\n        }\n      }\n      ... on InvalidBookingFields {\n        code\n        message\n        refusedFields {\n          key\n          reason\n          message\n          maxLength\n          options\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomFieldsConfirmAppointmentDocument,
    "\n  query CustomFieldsAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      id\n      start\n      remarks\n      fields {\n        key\n        value\n        label(language: en)\n        optionLabel\n      }\n    }\n  }\n": typeof types.CustomFieldsAppointmentDocument,
    "\n  mutation CustomFieldsRescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        start\n        remarks\n        fields {\n          key\n          value\n        }\n      }\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": typeof types.CustomFieldsRescheduleAppointmentDocument,
    "\n  mutation CustomFieldsReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        token\n      }\n    }\n  }\n": typeof types.CustomFieldsReserveSlotDocument,
    "\n  query DayPlanOfOffice($officeId: ID!, $from: LocalDate!, $days: Int!) {\n    dayPlan(officeId: $officeId, from: $from, days: $days) {\n      from\n      to\n      timeZone\n      version\n      office {\n        id\n        name\n      }\n      days {\n        date\n        appointments {\n          id\n          number\n          start\n          status\n          channel\n          contactName\n          contactEmail\n          contactPhone\n          remarks\n          fields {\n            key\n            value\n          }\n          services {\n            service {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DayPlanOfOfficeDocument,
    "\n  mutation DayPlanExport($input: ExportDayPlanInput!) {\n    exportDayPlan(input: $input) {\n      __typename\n      ... on DayPlanFile {\n        fileName\n        mediaType\n        content\n        appointments\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DayPlanExportDocument,
    "\n  subscription DayPlanChanged($officeId: ID!) {\n    dayPlanChanged(officeId: $officeId) {\n      officeId\n      version\n    }\n  }\n": typeof types.DayPlanChangedDocument,
    "\n      mutation DayPlanCreateStaff($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.DayPlanCreateStaffDocument,
    "\n      mutation DayPlanCreateApiKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          ... on CreatedApiKey {\n            key\n          }\n        }\n      }\n    ": typeof types.DayPlanCreateApiKeyDocument,
    "\n      mutation DayPlanNightRule($input: CreateCapacityRuleInput!) {\n        createCapacityRule(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.DayPlanNightRuleDocument,
    "\n      mutation DayPlanBookingForm($input: UpdateBookingFormInput!) {\n        updateBookingForm(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.DayPlanBookingFormDocument,
    "\n      mutation DayPlanAddNote($input: AddInternalNoteInput!) {\n        addInternalNote(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.DayPlanAddNoteDocument,
    "\n      query EmbeddedDefaultOffices {\n        offices(first: 100) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.EmbeddedDefaultOfficesDocument,
    "\n      query EmbeddedDefaultServices {\n        services(search: \"Anmeldung einer Wohnung\") {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.EmbeddedDefaultServicesDocument,
    "\n      query EmbeddedDefaultAvailableDays($input: AvailableDaysInput!) {\n        availableDays(input: $input) {\n          date\n          offices {\n            id\n          }\n        }\n      }\n    ": typeof types.EmbeddedDefaultAvailableDaysDocument,
    "\n  subscription DatabaseOutageCallIssued($officeId: ID) {\n    callIssued(officeId: $officeId) {\n      id\n      displayNumber\n    }\n  }\n": typeof types.DatabaseOutageCallIssuedDocument,
    "\n      mutation DatabaseOutageCreateCounter($input: CreateCounterInput!) {\n        createCounter(input: $input) {\n          ... on Counter {\n            id\n          }\n        }\n      }\n    ": typeof types.DatabaseOutageCreateCounterDocument,
    "\n      mutation DatabaseOutageSignInAtCounter($input: SignInAtCounterInput!) {\n        signInAtCounter(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.DatabaseOutageSignInAtCounterDocument,
    "\n      mutation DatabaseOutageIssueTicket($input: IssueTicketInput!) {\n        issueTicket(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.DatabaseOutageIssueTicketDocument,
    "\n      mutation DatabaseOutageCallNext {\n        callNext {\n          __typename\n          ... on QueueEntry {\n            displayNumber\n          }\n        }\n      }\n    ": typeof types.DatabaseOutageCallNextDocument,
    "\n  mutation LimitsUnderConcurrencyLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AccountLocked {\n        lockedUntil\n      }\n    }\n  }\n": typeof types.LimitsUnderConcurrencyLoginDocument,
    "\n  mutation LimitsUnderConcurrencyCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n    }\n  }\n": typeof types.LimitsUnderConcurrencyCreateStaffAccountDocument,
    "\n  mutation LimitsUnderConcurrencyIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      ... on Ticket {\n        secret\n        entry {\n          displayNumber\n        }\n      }\n    }\n  }\n": typeof types.LimitsUnderConcurrencyIssueTicketDocument,
    "\n  query LimitsUnderConcurrencyQueueStatus($input: QueueAccessInput!) {\n    queueStatus(input: $input) {\n      status\n    }\n  }\n": typeof types.LimitsUnderConcurrencyQueueStatusDocument,
    "\n      mutation ReconnectStormCreateOffice($input: CreateOfficeInput!) {\n        createOffice(input: $input) {\n          ... on Office {\n            id\n          }\n        }\n      }\n    ": typeof types.ReconnectStormCreateOfficeDocument,
    "\n      mutation ReconnectStormSetOpeningHours($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.ReconnectStormSetOpeningHoursDocument,
    "\n      mutation ReconnectStormCreateService($input: CreateServiceInput!) {\n        createService(input: $input) {\n          ... on Service {\n            id\n          }\n        }\n      }\n    ": typeof types.ReconnectStormCreateServiceDocument,
    "\n      mutation ReconnectStormSetOfficeService($input: SetOfficeServiceInput!) {\n        setOfficeService(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.ReconnectStormSetOfficeServiceDocument,
    "\n      mutation ReconnectStormCreateCounter($input: CreateCounterInput!) {\n        createCounter(input: $input) {\n          ... on Counter {\n            id\n          }\n        }\n      }\n    ": typeof types.ReconnectStormCreateCounterDocument,
    "\n      mutation ReconnectStormSignInAtCounter($input: SignInAtCounterInput!) {\n        signInAtCounter(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.ReconnectStormSignInAtCounterDocument,
    "\n        mutation ReconnectStormIssueTicket($input: IssueTicketInput!) {\n          issueTicket(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.ReconnectStormIssueTicketDocument,
    "\n        mutation ReconnectStormCallNext {\n          callNext {\n            __typename\n          }\n        }\n      ": typeof types.ReconnectStormCallNextDocument,
    "\n        mutation RedisOutageEventsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": typeof types.RedisOutageEventsCreateCounterDocument,
    "\n        mutation RedisOutageEventsSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.RedisOutageEventsSignInAtCounterDocument,
    "\n          query RedisOutageEventsRecentCalls($officeId: ID) {\n            recentCalls(officeId: $officeId) {\n              calls {\n                id\n                displayNumber\n              }\n            }\n          }\n        ": typeof types.RedisOutageEventsRecentCallsDocument,
    "\n          subscription RedisOutageEventsCallIssued($officeId: ID) {\n            callIssued(officeId: $officeId) {\n              id\n              displayNumber\n            }\n          }\n        ": typeof types.RedisOutageEventsCallIssuedDocument,
    "\n        mutation RedisOutageEventsIssueTicket($input: IssueTicketInput!) {\n          issueTicket(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.RedisOutageEventsIssueTicketDocument,
    "\n        mutation RedisOutageEventsCallNext {\n          callNext {\n            __typename\n            ... on QueueEntry {\n              displayNumber\n            }\n          }\n        }\n      ": typeof types.RedisOutageEventsCallNextDocument,
    "\n  query RedisOutageLimitsServices {\n    services {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RedisOutageLimitsServicesDocument,
    "\n  query RedisOutageLimitsViewer {\n    viewer {\n      kind\n    }\n  }\n": typeof types.RedisOutageLimitsViewerDocument,
    "\n  mutation RedisOutageLimitsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": typeof types.RedisOutageLimitsCreateApiKeyDocument,
    "\n      mutation SocketAbuseCreateOffice($input: CreateOfficeInput!) {\n        createOffice(input: $input) {\n          ... on Office {\n            id\n          }\n        }\n      }\n    ": typeof types.SocketAbuseCreateOfficeDocument,
    "\n      mutation SocketAbuseCreateDevice($input: CreateDeviceInput!) {\n        createDevice(input: $input) {\n          ... on CreatedDevice {\n            key\n          }\n        }\n      }\n    ": typeof types.SocketAbuseCreateDeviceDocument,
    "\n        query SocketAbuseServices {\n          services {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.SocketAbuseServicesDocument,
    "\n    subscription SocketAbuseCallIssued($officeId: ID) {\n      callIssued(officeId: $officeId) {\n        displayNumber\n      }\n    }\n  ": typeof types.SocketAbuseCallIssuedDocument,
    "\n    mutation GraphqlHttpCreateApiKey($input: CreateApiKeyInput!) {\n      createApiKey(input: $input) {\n        ... on CreatedApiKey {\n          key\n        }\n      }\n    }\n  ": typeof types.GraphqlHttpCreateApiKeyDocument,
    "\n  query HostileInputTypename {\n    __typename\n  }\n": typeof types.HostileInputTypenameDocument,
    "\n    mutation HostileInputCreateApiKey($input: CreateApiKeyInput!) {\n      createApiKey(input: $input) {\n        ... on CreatedApiKey {\n          key\n        }\n      }\n    }\n  ": typeof types.HostileInputCreateApiKeyDocument,
    "\n        query InputValidationServices {\n          services(after: \"garbage\") {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.InputValidationServicesDocument,
    "\n        mutation InputValidationCreateCapacityRule($input: CreateCapacityRuleInput!) {\n          createCapacityRule(input: $input) {\n            __typename\n            ... on InvalidInput {\n              problems\n            }\n          }\n        }\n      ": typeof types.InputValidationCreateCapacityRuleDocument,
    "\n    mutation InputValidationAddClosure($input: AddClosureInput!) {\n      addClosure(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.InputValidationAddClosureDocument,
    "\n            query InputValidationServices2 {\n              services {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": typeof types.InputValidationServices2Document,
    "\n        query InputValidationAuditLog {\n          auditLog(first: 1) {\n            edges {\n              node {\n                action\n                details\n              }\n            }\n          }\n        }\n      ": typeof types.InputValidationAuditLogDocument,
    "\n        mutation InputValidationCreateService {\n          createService(input: { name: \"Gleichzeitig\" }) {\n            ... on Service {\n              id\n            }\n          }\n        }\n      ": typeof types.InputValidationCreateServiceDocument,
    "\n          mutation InputValidationSetOfficeService($input: SetOfficeServiceInput!) {\n            setOfficeService(input: $input) {\n              __typename\n              ... on OfficeService {\n                durationSlots\n              }\n            }\n          }\n        ": typeof types.InputValidationSetOfficeServiceDocument,
    "\n      query InputValidationServices3($after: String) {\n        services(first: 2, after: $after, search: \"eingabe\") {\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": typeof types.InputValidationServices3Document,
    "\n        query InputValidationOffices($ids: [ID!]) {\n          offices(serviceIds: $ids) {\n            edges {\n              node {\n                name\n                services {\n                  durationSlots\n                  service {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.InputValidationOfficesDocument,
    "\n    mutation InputValidationCreateCounter($input: CreateCounterInput!) {\n      createCounter(input: $input) {\n        __typename\n        ... on Counter {\n          id\n          name\n          room\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.InputValidationCreateCounterDocument,
    "\n    mutation InputValidationCreateOfficeGroup($input: OfficeGroupInput!) {\n      createOfficeGroup(input: $input) {\n        __typename\n        ... on OfficeGroup {\n          id\n          name\n          offices {\n            id\n          }\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": typeof types.InputValidationCreateOfficeGroupDocument,
    "\n  mutation NotesAddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      __typename\n      ... on InternalNote {\n        id\n        appointmentId\n        queueEntryId\n        author\n        text\n        createdAt\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.NotesAddInternalNoteDocument,
    "\n  query NotesInternalNotes($input: InternalNotesInput!) {\n    internalNotes(input: $input) {\n      appointmentId\n      author\n      text\n    }\n  }\n": typeof types.NotesInternalNotesDocument,
    "\n  query NotesQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      entries {\n        id\n        displayNumber\n        notes {\n          text\n          appointmentId\n          queueEntryId\n        }\n        remarks\n        bookingFields {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.NotesQueueDocument,
    "\n  mutation NotesReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        token\n      }\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": typeof types.NotesReserveSlotDocument,
    "\n  mutation NotesConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        appointment {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.NotesConfirmAppointmentDocument,
    "\n  query NotesAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      number\n    }\n  }\n": typeof types.NotesAppointmentDocument,
    "\n  mutation NotesRescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n    }\n  }\n": typeof types.NotesRescheduleAppointmentDocument,
    "\n      query ObservabilityServices {\n        services {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.ObservabilityServicesDocument,
    "\n      subscription ObservabilityAvailabilityChanged($officeId: ID!) {\n        availabilityChanged(officeId: $officeId) {\n          version\n        }\n      }\n    ": typeof types.ObservabilityAvailabilityChangedDocument,
    "\n      mutation ObservabilityReserveSlot($input: ReserveSlotInput!) {\n        reserveSlot(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.ObservabilityReserveSlotDocument,
    "\n      mutation PermissionsCreateStaffAccount($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n          ... on StaffAccount {\n            id\n          }\n        }\n      }\n    ": typeof types.PermissionsCreateStaffAccountDocument,
    "\n      mutation PermissionsCreateApiKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          ... on CreatedApiKey {\n            key\n            apiKey {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.PermissionsCreateApiKeyDocument,
    "\n      mutation PermissionsCreateDevice($input: CreateDeviceInput!) {\n        createDevice(input: $input) {\n          ... on CreatedDevice {\n            key\n            device {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.PermissionsCreateDeviceDocument,
    "\n        mutation PermissionsCreateService($input: CreateServiceInput!) {\n          createService(input: $input) {\n            ... on Service {\n              id\n            }\n          }\n        }\n      ": typeof types.PermissionsCreateServiceDocument,
    "\n        mutation PermissionsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": typeof types.PermissionsCreateCounterDocument,
    "\n        mutation PermissionsCreateOfficeGroup($input: OfficeGroupInput!) {\n          createOfficeGroup(input: $input) {\n            ... on OfficeGroup {\n              id\n            }\n          }\n        }\n      ": typeof types.PermissionsCreateOfficeGroupDocument,
    "\n      mutation PermissionsCreateCapacityRule($input: CreateCapacityRuleInput!) {\n        createCapacityRule(input: $input) {\n          __typename\n          ... on CapacityChange {\n            rule {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.PermissionsCreateCapacityRuleDocument,
    "\n  mutation PermissionsIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        secret\n        statusUrl\n        entry {\n          id\n          displayNumber\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PermissionsIssueTicketDocument,
    "\n  mutation PermissionsSignInAtCounter($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PermissionsSignInAtCounterDocument,
    "\n  mutation PermissionsAddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PermissionsAddInternalNoteDocument,
    "\n      query PermissionsApiKeys {\n        apiKeys {\n          id\n          name\n          level\n        }\n      }\n    ": typeof types.PermissionsApiKeysDocument,
    "\n        query PermissionsAuditLog {\n          auditLog(first: 5) {\n            edges {\n              node {\n                action\n                at\n                actorKind\n              }\n            }\n          }\n        }\n      ": typeof types.PermissionsAuditLogDocument,
    "\n        query PermissionsAuditLog2($officeId: ID) {\n          auditLog(first: 5, officeId: $officeId) {\n            edges {\n              node {\n                action\n                at\n                actorKind\n              }\n            }\n          }\n        }\n      ": typeof types.PermissionsAuditLog2Document,
    "\n      query PermissionsCapacityPreview($input: CapacityPreviewInput!) {\n        capacityPreview(input: $input) {\n          __typename\n          ... on CapacityPreview {\n            weekStart\n            slots {\n              start\n            }\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.PermissionsCapacityPreviewDocument,
    "\n      query PermissionsOffice($id: ID!) {\n        office(id: $id) {\n          id\n          name\n        }\n      }\n    ": typeof types.PermissionsOfficeDocument,
    "\n      query PermissionsOfficeGroups {\n        officeGroups {\n          id\n          name\n          offices {\n            id\n          }\n        }\n      }\n    ": typeof types.PermissionsOfficeGroupsDocument,
    "\n      query PermissionsOffices {\n        offices(first: 5) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.PermissionsOfficesDocument,
    "\n      query PermissionsServices {\n        services(first: 5) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.PermissionsServicesDocument,
    "\n        query PermissionsStaffAccounts {\n          staffAccounts(first: 5) {\n            edges {\n              node {\n                id\n                username\n              }\n            }\n          }\n        }\n      ": typeof types.PermissionsStaffAccountsDocument,
    "\n        query PermissionsStaffAccounts2($officeId: ID) {\n          staffAccounts(first: 5, officeId: $officeId) {\n            edges {\n              node {\n                id\n                username\n              }\n            }\n          }\n        }\n      ": typeof types.PermissionsStaffAccounts2Document,
    "\n      query PermissionsStatistics($input: StatisticsInput!) {\n        statistics(input: $input) {\n          appointments\n          walkIns\n          waitingByHour {\n            hour\n          }\n        }\n      }\n    ": typeof types.PermissionsStatisticsDocument,
    "\n      query PermissionsViewer {\n        viewer {\n          kind\n          name\n          account {\n            username\n          }\n        }\n      }\n    ": typeof types.PermissionsViewerDocument,
    "\n      mutation PermissionsReleaseReservation($input: ReleaseReservationInput!) {\n        releaseReservation(input: $input) {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.PermissionsReleaseReservationDocument,
    "\n      query PermissionsAppointmentByLink($input: LinkTokenInput!) {\n        appointmentByLink(input: $input) {\n          id\n        }\n      }\n    ": typeof types.PermissionsAppointmentByLinkDocument,
    "\n      query PermissionsDayPlan($officeId: ID!) {\n        dayPlan(officeId: $officeId, from: \"2026-03-02\", days: 7) {\n          version\n          days {\n            date\n            appointments {\n              number\n              contactName\n            }\n          }\n        }\n      }\n    ": typeof types.PermissionsDayPlanDocument,
    "\n      mutation PermissionsExportDayPlan($input: ExportDayPlanInput!) {\n        exportDayPlan(input: $input) {\n          __typename\n          ... on DayPlanFile {\n            fileName\n            appointments\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.PermissionsExportDayPlanDocument,
    "\n      subscription PermissionsDayPlanChanged($officeId: ID!) {\n        dayPlanChanged(officeId: $officeId) {\n          officeId\n          version\n        }\n      }\n    ": typeof types.PermissionsDayPlanChangedDocument,
    "\n      query PermissionsWaitlistEntry($input: LinkTokenInput!) {\n        waitlistEntry(input: $input) {\n          id\n        }\n      }\n    ": typeof types.PermissionsWaitlistEntryDocument,
    "\n      query PermissionsWaitlistOffer($input: LinkTokenInput!) {\n        waitlistOffer(input: $input) {\n          id\n        }\n      }\n    ": typeof types.PermissionsWaitlistOfferDocument,
    "\n      mutation PermissionsLogout {\n        logout\n      }\n    ": typeof types.PermissionsLogoutDocument,
    "\n      query PermissionsSearchSynonyms {\n        searchSynonyms(first: 5) {\n          edges {\n            node {\n              id\n              term\n            }\n          }\n        }\n      }\n    ": typeof types.PermissionsSearchSynonymsDocument,
    "\n          mutation PermissionsAddSearchSynonym($input: AddSearchSynonymInput!) {\n            addSearchSynonym(input: $input) {\n              ... on SearchSynonym {\n                id\n              }\n            }\n          }\n        ": typeof types.PermissionsAddSearchSynonymDocument,
    "\n          mutation PermissionsSetOfficeService($input: SetOfficeServiceInput!) {\n            setOfficeService(input: $input) {\n              __typename\n            }\n          }\n        ": typeof types.PermissionsSetOfficeServiceDocument,
    "\n      subscription PermissionsAvailabilityChanged($officeId: ID!) {\n        availabilityChanged(officeId: $officeId) {\n          version\n          reason\n        }\n      }\n    ": typeof types.PermissionsAvailabilityChangedDocument,
    "\n          mutation PermissionsAddClosure($input: AddClosureInput!) {\n            addClosure(input: $input) {\n              ... on CapacityChange {\n                closure {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.PermissionsAddClosureDocument,
    "\n          mutation PermissionsAddClosure2($input: AddClosureInput!) {\n            addClosure(input: $input) {\n              ... on CapacityChange {\n                closure {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.PermissionsAddClosure2Document,
    "\n      mutation PermissionsUpdateBookingForm($input: UpdateBookingFormInput!) {\n        updateBookingForm(input: $input) {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.PermissionsUpdateBookingFormDocument,
    "\n      query PermissionsInternalNotes($input: InternalNotesInput!) {\n        internalNotes(input: $input) {\n          id\n        }\n      }\n    ": typeof types.PermissionsInternalNotesDocument,
    "\n      query PermissionsQueue($officeId: ID!) {\n        queue(officeId: $officeId) {\n          version\n          entries {\n            id\n            displayNumber\n            status\n            position\n            estimatedWaitMinutes\n            counterName\n            allowedActions\n          }\n        }\n      }\n    ": typeof types.PermissionsQueueDocument,
    "\n      query PermissionsCounterSessions($officeId: ID!) {\n        counterSessions(officeId: $officeId) {\n          counterId\n          counterName\n          staffName\n          signedInAt\n        }\n      }\n    ": typeof types.PermissionsCounterSessionsDocument,
    "\n      query PermissionsOpenAlarms($officeIds: [ID!]!) {\n        openAlarms(officeIds: $officeIds) {\n          version\n          alarms {\n            counterName\n          }\n        }\n      }\n    ": typeof types.PermissionsOpenAlarmsDocument,
    "\n      subscription PermissionsAlarmChanged($officeIds: [ID!]!) {\n        alarmChanged(officeIds: $officeIds) {\n          officeId\n          version\n        }\n      }\n    ": typeof types.PermissionsAlarmChangedDocument,
    "\n      query PermissionsLeadPanel($officeId: ID!) {\n        leadPanel(officeId: $officeId) {\n          version\n          waiting\n          alert\n        }\n      }\n    ": typeof types.PermissionsLeadPanelDocument,
    "\n      subscription PermissionsLeadPanelChanged($officeId: ID!) {\n        leadPanelChanged(officeId: $officeId) {\n          officeId\n          version\n        }\n      }\n    ": typeof types.PermissionsLeadPanelChangedDocument,
    "\n      subscription PermissionsQueueChanged($officeId: ID!) {\n        queueChanged(officeId: $officeId) {\n          officeId\n          version\n        }\n      }\n    ": typeof types.PermissionsQueueChangedDocument,
    "\n      query PermissionsProofOfWorkChallenge {\n        proofOfWorkChallenge {\n          algorithm\n          challenge\n          maxnumber\n          salt\n          signature\n          required\n        }\n      }\n    ": typeof types.PermissionsProofOfWorkChallengeDocument,
    "\n      query PermissionsWaitingInfo($officeId: ID!) {\n        waitingInfo(officeId: $officeId) {\n          version\n          waitingCount\n          estimatedWaitMinutes\n          countersServing\n        }\n      }\n    ": typeof types.PermissionsWaitingInfoDocument,
    "\n        query PermissionsRecentCalls($officeId: ID, $groupId: ID) {\n          recentCalls(officeId: $officeId, groupId: $groupId) {\n            versions {\n              officeId\n              version\n            }\n            calls {\n              id\n              displayNumber\n              counterName\n              room\n              calledAt\n              callCount\n              office {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.PermissionsRecentCallsDocument,
    "\n        query PermissionsRecentCalls2($officeId: ID, $groupId: ID) {\n          recentCalls(officeId: $officeId, groupId: $groupId) {\n            versions {\n              officeId\n              version\n            }\n            calls {\n              id\n              displayNumber\n            }\n          }\n        }\n      ": typeof types.PermissionsRecentCalls2Document,
    "\n        subscription PermissionsCallIssued($officeId: ID, $groupId: ID) {\n          callIssued(officeId: $officeId, groupId: $groupId) {\n            id\n            displayNumber\n            counterName\n            room\n            callCount\n            version\n            office {\n              id\n            }\n          }\n        }\n      ": typeof types.PermissionsCallIssuedDocument,
    "\n        subscription PermissionsCallIssued2($officeId: ID, $groupId: ID) {\n          callIssued(officeId: $officeId, groupId: $groupId) {\n            id\n            displayNumber\n          }\n        }\n      ": typeof types.PermissionsCallIssued2Document,
    "\n      query PermissionsWaitingRoom($officeId: ID, $groupId: ID) {\n        waitingRoom(officeId: $officeId, groupId: $groupId) {\n          groupId\n          name\n          offices {\n            version\n            displayMessage\n            waitingCount\n            estimatedWaitMinutes\n            countersServing\n            open\n            ticketsLeft\n            office {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.PermissionsWaitingRoomDocument,
    "\n      subscription PermissionsWaitingRoomChanged($officeId: ID, $groupId: ID) {\n        waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n          version\n          waitingCount\n          office {\n            id\n          }\n        }\n      }\n    ": typeof types.PermissionsWaitingRoomChangedDocument,
    "\n      query PermissionsQueueStatus($input: QueueAccessInput!) {\n        queueStatus(input: $input) {\n          version\n          displayNumber\n          status\n          position\n          estimatedWaitMinutes\n          counterName\n          room\n        }\n      }\n    ": typeof types.PermissionsQueueStatusDocument,
    "\n      subscription PermissionsMyQueueStatus($input: QueueAccessInput!) {\n        myQueueStatus(input: $input) {\n          version\n          displayNumber\n          status\n          position\n        }\n      }\n    ": typeof types.PermissionsMyQueueStatusDocument,
    "\n      mutation PermissionsSignOutOfCounter {\n        signOutOfCounter\n      }\n    ": typeof types.PermissionsSignOutOfCounterDocument,
    "\n      mutation PermissionsCallNext {\n        callNext {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.PermissionsCallNextDocument,
    "\n        mutation PermissionsSetOpeningHours($input: SetOpeningHoursInput!) {\n          setOpeningHours(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.PermissionsSetOpeningHoursDocument,
    "\n        mutation PermissionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.PermissionsUpdateOfficeSettingsDocument,
    "\n        query PermissionsOffice2($id: ID!) {\n          office(id: $id) {\n            capacityRules {\n              id\n            }\n          }\n        }\n      ": typeof types.PermissionsOffice2Document,
    "\n          mutation PermissionsRevokeApiKey($input: RevokeInput!) {\n            revokeApiKey(input: $input) {\n              __typename\n            }\n          }\n        ": typeof types.PermissionsRevokeApiKeyDocument,
    "\n              query PermissionsViewer2 {\n                viewer {\n                  kind\n                }\n              }\n            ": typeof types.PermissionsViewer2Document,
    "\n              mutation PermissionsLogout2 {\n                logout\n              }\n            ": typeof types.PermissionsLogout2Document,
    "\n              query PermissionsViewer3 {\n                viewer {\n                  kind\n                }\n              }\n            ": typeof types.PermissionsViewer3Document,
    "\n            query PermissionsQueue2($officeId: ID!) {\n              queue(officeId: $officeId) {\n                entries {\n                  id\n                }\n              }\n            }\n          ": typeof types.PermissionsQueue2Document,
    "\n          query PermissionsQueue3($officeId: ID!) {\n            queue(officeId: $officeId) {\n              entries {\n                id\n                status\n                calledCount\n              }\n            }\n          }\n        ": typeof types.PermissionsQueue3Document,
    "\n        query PermissionsQueue4($officeId: ID!) {\n          queue(officeId: $officeId) {\n            entries {\n              status\n              allowedActions\n            }\n          }\n        }\n      ": typeof types.PermissionsQueue4Document,
    "\n  mutation SdkExampleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": typeof types.SdkExampleCreateApiKeyDocument,
    "\n  mutation SdkExampleSetOfficeService($input: SetOfficeServiceInput!) {\n    setOfficeService(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SdkExampleSetOfficeServiceDocument,
    "\n  mutation TenancyCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      __typename\n      ... on Organisation {\n        id\n        slug\n        hosts\n        departments {\n          id\n          name\n        }\n        roles {\n          id\n          name\n          permissions\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": typeof types.TenancyCreateOrganisationDocument,
    "\n  mutation TenancyCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      __typename\n      ... on Department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TenancyCreateDepartmentDocument,
    "\n  query TenancyOrganisations {\n    organisations {\n      id\n      name\n      slug\n      departments {\n        id\n        name\n      }\n      roles {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TenancyOrganisationsDocument,
    "\n  mutation TenancyCreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      __typename\n      ... on Office {\n        id\n        organisation {\n          slug\n        }\n        department {\n          name\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TenancyCreateOfficeDocument,
    "\n  query TenancyOffices {\n    offices(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TenancyOfficesDocument,
    "\n  mutation TenancyCreateStaff($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n      ... on StaffAccount {\n        id\n        assignments {\n          role {\n            name\n          }\n          department {\n            name\n          }\n          office {\n            id\n          }\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.TenancyCreateStaffDocument,
    "\n  mutation TenancyUpdateSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n    }\n  }\n": typeof types.TenancyUpdateSettingsDocument,
    "\n  query TenancyStaffAccounts {\n    staffAccounts(first: 100) {\n      edges {\n        node {\n          username\n        }\n      }\n    }\n  }\n": typeof types.TenancyStaffAccountsDocument,
    "\n  query TenancyViewerOffices {\n    viewer {\n      workOffices: offices(permission: workQueue) {\n        name\n      }\n      statisticsOffices: offices(permission: viewStatistics) {\n        name\n      }\n    }\n  }\n": typeof types.TenancyViewerOfficesDocument,
    "\n  mutation TenancyDefineRole($input: DefineRoleInput!) {\n    defineRole(input: $input) {\n      __typename\n      ... on Role {\n        id\n        name\n        permissions\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": typeof types.TenancyDefineRoleDocument,
    "\n  mutation TenancyCreateGroup($input: OfficeGroupInput!) {\n    createOfficeGroup(input: $input) {\n      __typename\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": typeof types.TenancyCreateGroupDocument,
    "\n  mutation TenancyCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": typeof types.TenancyCreateKeyDocument,
    "\n  mutation TrustedDocumentsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": typeof types.TrustedDocumentsCreateApiKeyDocument,
    "\n  query PortalBookingFormAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      remarks\n      fields {\n        key\n        value\n      }\n    }\n  }\n": typeof types.PortalBookingFormAppointmentDocument,
    "\n  query PortalBookingAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      start\n      office {\n        name\n      }\n    }\n  }\n": typeof types.PortalBookingAppointmentDocument,
    "\n  mutation PortalDeadEndsConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on TooManyAppointments {\n        code\n        limit\n      }\n    }\n  }\n": typeof types.PortalDeadEndsConfirmAppointmentDocument,
    "\n  query PortalDrawAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      contactName\n    }\n  }\n": typeof types.PortalDrawAppointmentDocument,
    "\n  query PortalLiveAvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n    }\n  }\n": typeof types.PortalLiveAvailableDaysDocument,
    "\n  mutation PortalLiveReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        token\n      }\n    }\n  }\n": typeof types.PortalLiveReserveSlotDocument,
    "\n  mutation PortalLiveConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        appointment {\n          number\n        }\n      }\n    }\n  }\n": typeof types.PortalLiveConfirmAppointmentDocument,
    "\n  query PortalLiveAvailableSlots($input: AvailableSlotsInput!) {\n    availableSlots(input: $input) {\n      startTimes\n    }\n  }\n": typeof types.PortalLiveAvailableSlotsDocument,
    "\n  mutation PortalLiveCancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n    }\n  }\n": typeof types.PortalLiveCancelAppointmentDocument,
    "\n  query PortalMailLinksAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      start\n      office {\n        name\n      }\n    }\n  }\n": typeof types.PortalMailLinksAppointmentDocument,
    "\n  query PortalMailLinksWaitlistEntry($input: LinkTokenInput!) {\n    waitlistEntry(input: $input) {\n      status\n    }\n  }\n": typeof types.PortalMailLinksWaitlistEntryDocument,
    "\n  mutation PortalMailLinksJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n    }\n  }\n": typeof types.PortalMailLinksJoinWaitlistDocument,
    "\n  query PortalPersonsAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      id\n      persons\n      start\n      end\n      office {\n        name\n      }\n      services {\n        quantity\n      }\n    }\n  }\n": typeof types.PortalPersonsAppointmentDocument,
    "\n  query WidgetBookedAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      number\n      status\n      office {\n        name\n      }\n      services {\n        service {\n          name\n        }\n      }\n    }\n  }\n": typeof types.WidgetBookedAppointmentDocument,
    "\n  query StaffCatalogueServices($search: String) {\n    services(first: 50, search: $search) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StaffCatalogueServicesDocument,
    "\n  query StaffCatalogueServices2 {\n    services(first: 200) {\n      edges {\n        node {\n          id\n          name(language: en)\n        }\n      }\n    }\n  }\n": typeof types.StaffCatalogueServices2Document,
    "\n  query StaffCatalogueServices3 {\n    services(first: 200) {\n      edges {\n        node {\n          id\n          name(language: de)\n          whatToBring(language: en)\n        }\n      }\n    }\n  }\n": typeof types.StaffCatalogueServices3Document,
    "\n  query StaffClosuresAvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n    }\n  }\n": typeof types.StaffClosuresAvailableDaysDocument,
    "\n  query StaffHolidaysAvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n    }\n  }\n": typeof types.StaffHolidaysAvailableDaysDocument,
    "\n  mutation StaffDrawVerifyRegistration($token: String!) {\n    verifyDrawRegistration(token: $token) {\n      __typename\n    }\n  }\n": typeof types.StaffDrawVerifyRegistrationDocument,
    "\n  mutation OidcBrowserConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      __typename\n    }\n  }\n": typeof types.OidcBrowserConfigureIdentityProviderDocument,
    "\n  mutation TestKitLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        token\n      }\n    }\n  }\n": typeof types.TestKitLoginDocument,
    "\n  mutation ReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        id\n        token\n        expiresAt\n        start\n        end\n        services {\n          durationSlots\n          service {\n            id\n          }\n        }\n        office {\n          id\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReserveSlotDocument,
    "\n  mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        manageUrl\n        ics\n        appointment {\n          id\n          number\n          status\n          channel\n          start\n          end\n          contactEmail\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": typeof types.ConfirmAppointmentDocument,
    "\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        status\n        start\n        end\n        office {\n          id\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RescheduleAppointmentDocument,
    "\n  query Appointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      number\n      status\n      start\n      end\n      channel\n      office {\n        id\n        name\n      }\n      services {\n        durationSlots\n        service {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AppointmentDocument,
    "\n  query AvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n      offices {\n        id\n      }\n    }\n  }\n": typeof types.AvailableDaysDocument,
    "\n  query AvailableSlots($input: AvailableSlotsInput!) {\n    availableSlots(input: $input) {\n      version\n      startTimes\n      office {\n        id\n      }\n    }\n  }\n": typeof types.AvailableSlotsDocument,
    "\n  mutation AddClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n      ... on CapacityChange {\n        closure {\n          id\n          date\n        }\n        affectedAppointments {\n          number\n          start\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AddClosureDocument,
    "\n  mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n    updateCapacityRule(input: $input) {\n      __typename\n      ... on CapacityChange {\n        affectedAppointments {\n          number\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": typeof types.UpdateCapacityRuleDocument,
};
const documents: Documents = {
    "\n        query AccountsCliViewer {\n          viewer {\n            kind\n            name\n          }\n        }\n      ": types.AccountsCliViewerDocument,
    "\n  mutation AccountsCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n      ... on StaffAccount {\n        id\n        username\n        memberships {\n          role\n          office {\n            id\n          }\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.AccountsCreateStaffAccountDocument,
    "\n  mutation AccountsUpdateStaffAccount($input: UpdateStaffAccountInput!) {\n    updateStaffAccount(input: $input) {\n      __typename\n      ... on StaffAccount {\n        id\n        disabled\n      }\n    }\n  }\n": types.AccountsUpdateStaffAccountDocument,
    "\n  mutation AccountsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        token\n        expiresAt\n        account {\n          username\n        }\n      }\n      ... on AccountLocked {\n        lockedUntil\n      }\n    }\n  }\n": types.AccountsLoginDocument,
    "\n  query AccountsViewer {\n    viewer {\n      kind\n      name\n      account {\n        username\n        isAdmin\n        memberships {\n          role\n          office {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AccountsViewerDocument,
    "\n  mutation AccountsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n        apiKey {\n          id\n          keyPrefix\n          level\n        }\n      }\n    }\n  }\n": types.AccountsCreateApiKeyDocument,
    "\n  mutation AccountsCreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      __typename\n      ... on CreatedDevice {\n        key\n        device {\n          id\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.AccountsCreateDeviceDocument,
    "\n  query AccountsAuditLog($officeId: ID) {\n    auditLog(officeId: $officeId, first: 100) {\n      edges {\n        node {\n          id\n          at\n          actorKind\n          actorName\n          action\n          details\n        }\n      }\n    }\n  }\n": types.AccountsAuditLogDocument,
    "\n            mutation AccountsLogout {\n              logout\n            }\n          ": types.AccountsLogoutDocument,
    "\n        mutation AccountsRevokeApiKey($input: RevokeInput!) {\n          revokeApiKey(input: $input) {\n            __typename\n          }\n        }\n      ": types.AccountsRevokeApiKeyDocument,
    "\n  mutation OidcConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      __typename\n      ... on IdentityProviderSettings {\n        id\n        issuer\n        clientId\n        hasClientSecret\n        scopes\n        groupsClaim\n        mappings {\n          claimValue\n          roleName\n          departmentId\n          officeId\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.OidcConfigureIdentityProviderDocument,
    "\n  query OidcIdentityProvider($organisationId: ID!) {\n    identityProvider(organisationId: $organisationId) {\n      displayName\n      hasClientSecret\n      mappings {\n        claimValue\n        roleName\n      }\n    }\n  }\n": types.OidcIdentityProviderDocument,
    "\n  query OidcSignInProviders($organisation: String) {\n    signInProviders(organisation: $organisation) {\n      organisationSlug\n      displayName\n      loginPath\n    }\n  }\n": types.OidcSignInProvidersDocument,
    "\n  query OidcViewer {\n    viewer {\n      kind\n      account {\n        username\n        displayName\n        assignments {\n          source\n          role {\n            name\n          }\n          office {\n            id\n          }\n          department {\n            id\n          }\n        }\n      }\n    }\n    sessionSignInProvider {\n      displayName\n    }\n  }\n": types.OidcViewerDocument,
    "\n  query OidcQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      computedAt\n    }\n  }\n": types.OidcQueueDocument,
    "\n  mutation SetupCompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      __typename\n      ... on StaffAccount {\n        username\n        displayName\n        isAdmin\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": types.SetupCompleteSetupDocument,
    "\n      mutation BookingReleaseReservation($input: ReleaseReservationInput!) {\n        releaseReservation(input: $input) {\n          __typename\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    ": types.BookingReleaseReservationDocument,
    "\n  mutation ReserveForPersons($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        id\n        token\n        start\n        end\n        services {\n          quantity\n          durationSlots\n          service {\n            id\n          }\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n          min\n          max\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.ReserveForPersonsDocument,
    "\n  query AppointmentForPersons($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      persons\n      start\n      end\n      services {\n        quantity\n        durationSlots\n        service {\n          id\n        }\n      }\n    }\n  }\n": types.AppointmentForPersonsDocument,
    "\n  mutation MoveForPersons($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        persons\n        start\n        end\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.MoveForPersonsDocument,
    "\n  query SlotsForPersons($input: AvailableSlotsInput!) {\n    availableSlots(input: $input) {\n      startTimes\n      office {\n        id\n      }\n    }\n  }\n": types.SlotsForPersonsDocument,
    "\n  query CapacityPreviewCapacityPreview($input: CapacityPreviewInput!) {\n    capacityPreview(input: $input) {\n      __typename\n      ... on CapacityPreview {\n        weekStart\n        office {\n          id\n        }\n        slots {\n          start\n          end\n          date\n          publicCapacity\n          internCapacity\n          taken\n        }\n        affectedAppointments {\n          number\n          start\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.CapacityPreviewCapacityPreviewDocument,
    "\n          query CapacityPreviewOffice($id: ID!) {\n            office(id: $id) {\n              version\n            }\n          }\n        ": types.CapacityPreviewOfficeDocument,
    "\n        query CapacityPreviewOffice2($id: ID!) {\n          office(id: $id) {\n            version\n            capacityRules {\n              endTime\n              weekdays\n            }\n          }\n        }\n      ": types.CapacityPreviewOffice2Document,
    "\n        mutation CapacityPreviewCreateStaffAccount($input: CreateStaffAccountInput!) {\n          createStaffAccount(input: $input) {\n            __typename\n          }\n        }\n      ": types.CapacityPreviewCreateStaffAccountDocument,
    "\n  mutation ClosuresAddClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n      ... on CapacityChange {\n        closure {\n          id\n          date\n          until\n          reason\n        }\n        affectedAppointments {\n          id\n          number\n          date\n          status\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.ClosuresAddClosureDocument,
    "\n  query ClosuresOffice($id: ID!) {\n    office(id: $id) {\n      closures {\n        id\n        date\n        until\n        reason\n        openAppointments {\n          id\n          number\n        }\n        keptAppointments {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.ClosuresOfficeDocument,
    "\n  mutation ClosuresCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {\n    cancelOfficeAppointments(input: $input) {\n      __typename\n      ... on CancelledAppointments {\n        appointments {\n          number\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.ClosuresCancelOfficeAppointmentsDocument,
    "\n  mutation ClosuresKeepClosureAppointments($input: KeepClosureAppointmentsInput!) {\n    keepClosureAppointments(input: $input) {\n      __typename\n      ... on Closure {\n        id\n        openAppointments {\n          number\n        }\n        keptAppointments {\n          number\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.ClosuresKeepClosureAppointmentsDocument,
    "\n  mutation ClosuresUpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n    updateCapacityRule(input: $input) {\n      __typename\n      ... on CapacityChange {\n        affectedAppointments {\n          number\n        }\n      }\n    }\n  }\n": types.ClosuresUpdateCapacityRuleDocument,
    "\n        query ClosuresCapacityPreview($input: CapacityPreviewInput!) {\n          capacityPreview(input: $input) {\n            ... on CapacityPreview {\n              affectedAppointments {\n                number\n              }\n            }\n          }\n        }\n      ": types.ClosuresCapacityPreviewDocument,
    "\n        mutation ClosuresRemoveClosure($input: RemoveClosureInput!) {\n          removeClosure(input: $input) {\n            __typename\n          }\n        }\n      ": types.ClosuresRemoveClosureDocument,
    "\n        mutation ClosuresCreateStaffAccount($input: CreateStaffAccountInput!) {\n          createStaffAccount(input: $input) {\n            __typename\n          }\n        }\n      ": types.ClosuresCreateStaffAccountDocument,
    "\n  query OrganisationHolidaysList($organisationId: ID!) {\n    organisationHolidays(organisationId: $organisationId) {\n      __typename\n      ... on OrganisationHolidays {\n        organisationId\n        days {\n          id\n          day\n          name\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.OrganisationHolidaysListDocument,
    "\n  mutation OrganisationHolidaysAdd($input: AddOrganisationHolidayInput!) {\n    addOrganisationHoliday(input: $input) {\n      __typename\n      ... on OrganisationHolidayChange {\n        holiday {\n          id\n          day\n          name\n        }\n        holidays {\n          days {\n            day\n          }\n        }\n        affectedAppointments {\n          number\n          date\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.OrganisationHolidaysAddDocument,
    "\n  mutation OrganisationHolidaysRemove($input: RemoveOrganisationHolidayInput!) {\n    removeOrganisationHoliday(input: $input) {\n      __typename\n      ... on OrganisationHolidayChange {\n        holiday {\n          day\n        }\n        holidays {\n          days {\n            day\n          }\n        }\n        affectedAppointments {\n          number\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.OrganisationHolidaysRemoveDocument,
    "\n  mutation OrganisationHolidaysCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": types.OrganisationHolidaysCreateStaffAccountDocument,
    "\n  query OrganisationHolidaysOrganisations {\n    organisations {\n      id\n      roles {\n        id\n        name\n      }\n    }\n  }\n": types.OrganisationHolidaysOrganisationsDocument,
    "\n  mutation OrganisationHolidaysCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      __typename\n      ... on Organisation {\n        id\n      }\n    }\n  }\n": types.OrganisationHolidaysCreateOrganisationDocument,
    "\n  mutation OrganisationHolidaysUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n    }\n  }\n": types.OrganisationHolidaysUpdateOfficeSettingsDocument,
    "\n  mutation OfficeSettingsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          reservationMinutes\n          displayMessage\n          noShowLimit\n          contactRetentionDays\n          ticketFirstNumber\n          ticketLastNumber\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n          message\n          min\n          max\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.OfficeSettingsUpdateOfficeSettingsDocument,
    "\n  mutation OfficeSettingsSetOpeningHours($input: SetOpeningHoursInput!) {\n    setOpeningHours(input: $input) {\n      __typename\n      ... on Office {\n        openingHours {\n          weekdays\n          open\n          close\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n          min\n          max\n        }\n      }\n    }\n  }\n": types.OfficeSettingsSetOpeningHoursDocument,
    "\n  mutation OfficeSettingsCreateCapacityRule($input: CreateCapacityRuleInput!) {\n    createCapacityRule(input: $input) {\n      __typename\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n          min\n          max\n        }\n      }\n    }\n  }\n": types.OfficeSettingsCreateCapacityRuleDocument,
    "\n        query OfficeSettingsOffice($id: ID!) {\n          office(id: $id) {\n            settings {\n              reservationMinutes\n              displayMessage\n              noShowLimit\n              contactRetentionDays\n              ticketFirstNumber\n              ticketLastNumber\n            }\n          }\n        }\n      ": types.OfficeSettingsOfficeDocument,
    "\n  query ServiceSearchServices($search: String, $language: MessageLanguage, $first: Int!, $after: String) {\n    services(search: $search, language: $language, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name(language: $language)\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ServiceSearchServicesDocument,
    "\n      mutation ServiceSearchCreateService($input: CreateServiceInput!) {\n        createService(input: $input) {\n          ... on Service {\n            id\n          }\n        }\n      }\n    ": types.ServiceSearchCreateServiceDocument,
    "\n      mutation ServiceSearchSetServiceText($input: SetServiceTextInput!) {\n        setServiceText(input: $input) {\n          __typename\n          ... on Service {\n            id\n          }\n          ... on ErrorResult {\n            message\n          }\n        }\n      }\n    ": types.ServiceSearchSetServiceTextDocument,
    "\n      query ServiceSearchServices2($language: MessageLanguage) {\n        services(first: 50) {\n          edges {\n            node {\n              id\n              name(language: $language)\n              whatToBring(language: $language)\n            }\n          }\n        }\n      }\n    ": types.ServiceSearchServices2Document,
    "\n      mutation ServiceSearchSetServiceTextAnonymously($input: SetServiceTextInput!) {\n        setServiceText(input: $input) {\n          __typename\n        }\n      }\n    ": types.ServiceSearchSetServiceTextAnonymouslyDocument,
    "\n    mutation ServiceSearchAddSearchSynonym($input: AddSearchSynonymInput!) {\n      addSearchSynonym(input: $input) {\n        __typename\n        ... on SearchSynonym {\n          id\n          term\n          means\n        }\n        ... on InvalidInput {\n          problems\n        }\n      }\n    }\n  ": types.ServiceSearchAddSearchSynonymDocument,
    "\n    mutation ServiceSearchRemoveSearchSynonym($input: RemoveSearchSynonymInput!) {\n      removeSearchSynonym(input: $input) {\n        __typename\n      }\n    }\n  ": types.ServiceSearchRemoveSearchSynonymDocument,
    "\n        query ServiceSearchSearchSynonyms {\n          searchSynonyms(first: 200) {\n            edges {\n              node {\n                term\n                means\n              }\n            }\n          }\n        }\n      ": types.ServiceSearchSearchSynonymsDocument,
    "\n            query ServiceSearchSearchSynonyms2 {\n              searchSynonyms(first: 1) {\n                edges {\n                  node {\n                    term\n                  }\n                }\n              }\n            }\n          ": types.ServiceSearchSearchSynonyms2Document,
    "\n        mutation ServiceSearchCreateOffice {\n          createOffice(input: { name: \"Bürgeramt Test\", address: { street: \"Weg\", houseNumber: \"1\", postalCode: \"10115\" } }) {\n            ... on Office {\n              id\n            }\n          }\n        }\n      ": types.ServiceSearchCreateOfficeDocument,
    "\n          mutation ServiceSearchSetOfficeService($input: SetOfficeServiceInput!) {\n            setOfficeService(input: $input) {\n              __typename\n            }\n          }\n        ": types.ServiceSearchSetOfficeServiceDocument,
    "\n        query ServiceSearchServices3 {\n          services(first: 50) {\n            edges {\n              node {\n                id\n                bookableOnline\n              }\n            }\n          }\n        }\n      ": types.ServiceSearchServices3Document,
    "\n            query ServiceSearchOffices($serviceIds: [ID!], $bookableOnline: Boolean) {\n              offices(serviceIds: $serviceIds, bookableOnline: $bookableOnline, first: 10) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": types.ServiceSearchOfficesDocument,
    "\n  mutation DrawJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n    }\n  }\n": types.DrawJoinWaitlistDocument,
    "\n  mutation DrawDeclineWaitlistOffer($input: LinkTokenInput!) {\n    declineWaitlistOffer(input: $input) {\n      __typename\n    }\n  }\n": types.DrawDeclineWaitlistOfferDocument,
    "\n  mutation DrawSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {\n    setServiceReleaseMode(input: $input) {\n      __typename\n    }\n  }\n": types.DrawSetServiceReleaseModeDocument,
    "\n  mutation DrawScheduleDraw($input: ScheduleDrawInput!) {\n    scheduleDraw(input: $input) {\n      __typename\n      ... on Draw {\n        id\n        status\n        commitment\n        seed\n        releaseAt\n      }\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": types.DrawScheduleDrawDocument,
    "\n  query DrawDraws($serviceId: ID) {\n    draws(serviceId: $serviceId) {\n      id\n      status\n      commitment\n      seed\n      urgentQuota\n      registrations\n      resultUrl\n      service {\n        id\n      }\n      offices {\n        id\n      }\n      statistics {\n        offerableSlots\n        registrations\n        offersMade\n        booked\n        declined\n        lapsed\n        fillRate\n      }\n    }\n  }\n": types.DrawDrawsDocument,
    "\n  query DrawDrawEntries($drawId: ID!) {\n    drawEntries(drawId: $drawId) {\n      digest\n      urgent\n      position\n    }\n  }\n": types.DrawDrawEntriesDocument,
    "\n  mutation DrawRegisterForDraw($input: RegisterForDrawInput!) {\n    registerForDraw(input: $input) {\n      __typename\n      ... on DrawRegistered {\n        statusToken\n        registration {\n          id\n          status\n          entryDigest\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": types.DrawRegisterForDrawDocument,
    "\n  mutation DrawVerifyDrawRegistration($token: String!, $code: String) {\n    verifyDrawRegistration(token: $token, code: $code) {\n      __typename\n      ... on DrawRegistrationView {\n        status\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.DrawVerifyDrawRegistrationDocument,
    "\n  query DrawDrawRegistration($token: String!) {\n    drawRegistration(token: $token) {\n      id\n      status\n      position\n      urgent\n      entryDigest\n      rollOver\n      draw {\n        id\n      }\n      offer {\n        id\n        status\n        start\n        persons\n        office {\n          id\n        }\n      }\n    }\n  }\n": types.DrawDrawRegistrationDocument,
    "\n  mutation DrawAcceptDrawOffer($token: String!) {\n    acceptDrawOffer(token: $token) {\n      __typename\n      ... on DrawOfferAccepted {\n        secret\n        appointment {\n          number\n          status\n          start\n        }\n      }\n    }\n  }\n": types.DrawAcceptDrawOfferDocument,
    "\n  mutation DrawDeclineDrawOffer($token: String!) {\n    declineDrawOffer(token: $token) {\n      __typename\n      ... on DrawOfferView {\n        status\n      }\n    }\n  }\n": types.DrawDeclineDrawOfferDocument,
    "\n  query DrawDrawRegistrations($drawId: ID!) {\n    drawRegistrations(drawId: $drawId) {\n      name\n      channel\n      registration {\n        id\n        status\n        position\n      }\n    }\n  }\n": types.DrawDrawRegistrationsDocument,
    "\n  mutation DrawSetDrawRegistrationUrgent($registrationId: ID!, $urgent: Boolean!, $reason: String) {\n    setDrawRegistrationUrgent(registrationId: $registrationId, urgent: $urgent, reason: $reason) {\n      __typename\n    }\n  }\n": types.DrawSetDrawRegistrationUrgentDocument,
    "\n  mutation DrawWithdrawDrawRegistration($token: String!) {\n    withdrawDrawRegistration(token: $token) {\n      __typename\n      ... on DrawRegistrationView {\n        status\n      }\n    }\n  }\n": types.DrawWithdrawDrawRegistrationDocument,
    "\n  mutation DrawCancelDraw($drawId: ID!) {\n    cancelDraw(drawId: $drawId) {\n      __typename\n      ... on Draw {\n        status\n      }\n    }\n  }\n": types.DrawCancelDrawDocument,
    "\n  query DrawAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      start\n      contactName\n    }\n  }\n": types.DrawAppointmentDocument,
    "\n  mutation ReleaseModeSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {\n    setServiceReleaseMode(input: $input) {\n      __typename\n      ... on ServiceRelease {\n        officeId\n        serviceId\n        mode\n        releasedUntil\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.ReleaseModeSetServiceReleaseModeDocument,
    "\n  query ReleaseModeServiceReleases($officeIds: [ID!]!) {\n    serviceReleases(officeIds: $officeIds) {\n      officeId\n      serviceId\n      mode\n      releasedUntil\n    }\n  }\n": types.ReleaseModeServiceReleasesDocument,
    "\n  mutation ReleaseModeJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": types.ReleaseModeJoinWaitlistDocument,
    "\n  mutation DrawMessagesSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {\n    setServiceReleaseMode(input: $input) {\n      __typename\n    }\n  }\n": types.DrawMessagesSetServiceReleaseModeDocument,
    "\n  mutation DrawMessagesScheduleDraw($input: ScheduleDrawInput!) {\n    scheduleDraw(input: $input) {\n      __typename\n      ... on Draw {\n        id\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": types.DrawMessagesScheduleDrawDocument,
    "\n  mutation DrawMessagesRegisterForDraw($input: RegisterForDrawInput!) {\n    registerForDraw(input: $input) {\n      __typename\n      ... on DrawRegistered {\n        statusToken\n        registration {\n          id\n          status\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.DrawMessagesRegisterForDrawDocument,
    "\n  mutation DrawMessagesVerifyDrawRegistration($token: String!, $code: String) {\n    verifyDrawRegistration(token: $token, code: $code) {\n      __typename\n      ... on DrawRegistrationView {\n        status\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.DrawMessagesVerifyDrawRegistrationDocument,
    "\n  query DrawMessagesDrawOffer($token: String!) {\n    drawOffer(token: $token) {\n      status\n      start\n      persons\n    }\n  }\n": types.DrawMessagesDrawOfferDocument,
    "\n  query DrawMessagesDrawRegistration($token: String!) {\n    drawRegistration(token: $token) {\n      id\n      status\n    }\n  }\n": types.DrawMessagesDrawRegistrationDocument,
    "\n  mutation DrawMessagesSaveMessageTemplate($input: SaveMessageTemplateInput!) {\n    saveMessageTemplate(input: $input) {\n      __typename\n    }\n  }\n": types.DrawMessagesSaveMessageTemplateDocument,
    "\n  mutation DrawMessagesRemoveMessageTemplate($input: MessageTemplateScopeInput!) {\n    removeMessageTemplate(input: $input) {\n      __typename\n    }\n  }\n": types.DrawMessagesRemoveMessageTemplateDocument,
    "\n  query DrawMessagesPreviewMessage($input: PreviewMessageInput!) {\n    previewMessage(input: $input) {\n      __typename\n      ... on MessagePreview {\n        source\n        subject\n        text\n      }\n    }\n  }\n": types.DrawMessagesPreviewMessageDocument,
    "\n  mutation DrawMessagesCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": types.DrawMessagesCreateApiKeyDocument,
    "\n  mutation HeadsUpLeaveTicketContact($input: LeaveTicketContactInput!) {\n    leaveTicketContact(input: $input) {\n      __typename\n      ... on TicketContact {\n        email\n        phone\n        language\n        browserNotifications\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.HeadsUpLeaveTicketContactDocument,
    "\n  query HeadsUpTicketContact($input: QueueAccessInput!) {\n    ticketContact(input: $input) {\n      email\n      phone\n      browserNotifications\n    }\n  }\n": types.HeadsUpTicketContactDocument,
    "\n  query HeadsUpWebPushPublicKey {\n    webPushPublicKey\n  }\n": types.HeadsUpWebPushPublicKeyDocument,
    "\n  mutation HeadsUpSubscribeTicketPush($input: SubscribeTicketPushInput!) {\n    subscribeTicketPush(input: $input) {\n      __typename\n      ... on TicketContact {\n        browserNotifications\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.HeadsUpSubscribeTicketPushDocument,
    "\n    query MessageTemplatesOfficeMessages($officeId: ID!) {\n      officeMessages(officeId: $officeId) {\n        __typename\n        ... on OfficeMessages {\n          organisationId\n          templates {\n            kind\n            language\n            subject\n          }\n          organisationTemplates {\n            kind\n            subject\n          }\n          reminderOffsetsMinutes\n          defaultReminderOffsetsMinutes\n          allowedLinkHosts\n          kinds {\n            kind\n            placeholders\n          }\n        }\n      }\n    }\n  ": types.MessageTemplatesOfficeMessagesDocument,
    "\n    mutation MessageTemplatesSave($input: SaveMessageTemplateInput!) {\n      saveMessageTemplate(input: $input) {\n        __typename\n        ... on MessageTemplateText {\n          kind\n          language\n          subject\n          body\n        }\n        ... on UnknownPlaceholder {\n          code\n          placeholder\n          field\n          known\n        }\n        ... on LinkNotAllowed {\n          code\n          host\n          field\n        }\n        ... on ErrorResult {\n          message\n        }\n      }\n    }\n  ": types.MessageTemplatesSaveDocument,
    "\n    mutation MessageTemplatesRemove($input: MessageTemplateScopeInput!) {\n      removeMessageTemplate(input: $input) {\n        __typename\n      }\n    }\n  ": types.MessageTemplatesRemoveDocument,
    "\n    query MessageTemplatesPreview($input: PreviewMessageInput!) {\n      previewMessage(input: $input) {\n        __typename\n        ... on MessagePreview {\n          source\n          subject\n          text\n          html\n        }\n        ... on UnknownPlaceholder {\n          placeholder\n        }\n      }\n    }\n  ": types.MessageTemplatesPreviewDocument,
    "\n    mutation MessageTemplatesSettings($input: UpdateOfficeMessageSettingsInput!) {\n      updateOfficeMessageSettings(input: $input) {\n        __typename\n        ... on OfficeMessages {\n          reminderOffsetsMinutes\n          copyEmail\n          surveyUrl\n        }\n        ... on LinkNotAllowed {\n          host\n          field\n        }\n        ... on InvalidInput {\n          fieldProblems {\n            field\n          }\n        }\n      }\n    }\n  ": types.MessageTemplatesSettingsDocument,
    "\n    mutation MessageTemplatesSignIn($input: SignInAtCounterInput!) {\n      signInAtCounter(input: $input) {\n        __typename\n      }\n    }\n  ": types.MessageTemplatesSignInDocument,
    "\n    mutation MessageTemplatesCreateCounter($input: CreateCounterInput!) {\n      createCounter(input: $input) {\n        ... on Counter {\n          id\n        }\n      }\n    }\n  ": types.MessageTemplatesCreateCounterDocument,
    "\n    mutation MessageTemplatesCheckIn($input: CheckInInput!) {\n      checkIn(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n        }\n      }\n    }\n  ": types.MessageTemplatesCheckInDocument,
    "\n    mutation MessageTemplatesCall($input: EntryInput!) {\n      callEntry(input: $input) {\n        __typename\n      }\n    }\n  ": types.MessageTemplatesCallDocument,
    "\n    mutation MessageTemplatesStart($input: EntryInput!) {\n      startService(input: $input) {\n        __typename\n      }\n    }\n  ": types.MessageTemplatesStartDocument,
    "\n    mutation MessageTemplatesFinish($input: FinishServiceInput!) {\n      finishService(input: $input) {\n        __typename\n      }\n    }\n  ": types.MessageTemplatesFinishDocument,
    "\n    query NotificationsAppointmentByLink($input: LinkTokenInput!) {\n      appointmentByLink(input: $input) {\n        number\n        status\n        start\n      }\n    }\n  ": types.NotificationsAppointmentByLinkDocument,
    "\n    mutation NotificationsCancelAppointmentByLink($input: LinkTokenInput!) {\n      cancelAppointmentByLink(input: $input) {\n        __typename\n        ... on Appointment {\n          number\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.NotificationsCancelAppointmentByLinkDocument,
    "\n    mutation NotificationsConfirmAppointmentByLink($input: LinkTokenInput!) {\n      confirmAppointmentByLink(input: $input) {\n        __typename\n        ... on Appointment {\n          number\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.NotificationsConfirmAppointmentByLinkDocument,
    "\n        mutation NotificationsCreateService {\n          createService(input: { name: \"Personalausweis beantragen\" }) {\n            ... on Service {\n              id\n            }\n          }\n        }\n      ": types.NotificationsCreateServiceDocument,
    "\n      mutation NotificationsSetServiceText($input: SetServiceTextInput!) {\n        setServiceText(input: $input) {\n          __typename\n        }\n      }\n    ": types.NotificationsSetServiceTextDocument,
    "\n        mutation NotificationsSetOfficeService($input: SetOfficeServiceInput!) {\n          setOfficeService(input: $input) {\n            __typename\n          }\n        }\n      ": types.NotificationsSetOfficeServiceDocument,
    "\n        mutation NotificationsCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {\n          cancelOfficeAppointments(input: $input) {\n            __typename\n            ... on CancelledAppointments {\n              appointments {\n                number\n                status\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      ": types.NotificationsCancelOfficeAppointmentsDocument,
    "\n    query NotificationsAppointment($input: AppointmentAccessInput!) {\n      appointment(input: $input) {\n        status\n        confirmBy\n      }\n    }\n  ": types.NotificationsAppointmentDocument,
    "\n        mutation NotificationsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      ": types.NotificationsUpdateOfficeSettingsDocument,
    "\n        subscription NotificationsAvailabilityChanged($officeId: ID!) {\n          availabilityChanged(officeId: $officeId) {\n            reason\n            dates\n          }\n        }\n      ": types.NotificationsAvailabilityChangedDocument,
    "\n        mutation NotificationsSetOpeningHours($input: SetOpeningHoursInput!) {\n          setOpeningHours(input: $input) {\n            __typename\n          }\n        }\n      ": types.NotificationsSetOpeningHoursDocument,
    "\n          mutation NotificationsCheckIn($input: CheckInInput!) {\n            checkIn(input: $input) {\n              __typename\n              ... on QueueEntry {\n                id\n              }\n            }\n          }\n        ": types.NotificationsCheckInDocument,
    "\n        mutation NotificationsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": types.NotificationsCreateCounterDocument,
    "\n        mutation NotificationsSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      ": types.NotificationsSignInAtCounterDocument,
    "\n          query NotificationsQueue($officeId: ID!) {\n            queue(officeId: $officeId) {\n              entries {\n                id\n                position\n              }\n            }\n          }\n        ": types.NotificationsQueueDocument,
    "\n            mutation NotificationsCallNext {\n              callNext {\n                __typename\n              }\n            }\n          ": types.NotificationsCallNextDocument,
    "\n        mutation NotificationsCallNext2 {\n          callNext {\n            __typename\n          }\n        }\n      ": types.NotificationsCallNext2Document,
    "\n  mutation RetentionUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          contactRetentionDays\n          noShowLimit\n        }\n      }\n    }\n  }\n": types.RetentionUpdateOfficeSettingsDocument,
    "\n      mutation RetentionJoinWaitlist($input: JoinWaitlistInput!) {\n        joinWaitlist(input: $input) {\n          __typename\n        }\n      }\n    ": types.RetentionJoinWaitlistDocument,
    "\n  query CounterWorkQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      version\n      computedAt\n      nextChangeAt\n      entries {\n        id\n        displayNumber\n        status\n        position\n        estimatedWaitMinutes\n        skippedUntil\n        counterName\n        citizenName\n        services {\n          id\n          name\n        }\n      }\n      myCounter {\n        callingOrder\n        session {\n          counterName\n          staffName\n          serviceIds\n        }\n      }\n    }\n  }\n": types.CounterWorkQueueDocument,
    "\n  mutation CounterWorkIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        entry {\n          id\n          displayNumber\n        }\n      }\n    }\n  }\n": types.CounterWorkIssueTicketDocument,
    "\n  mutation CounterWorkCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.CounterWorkCheckInDocument,
    "\n  mutation CounterWorkSignInAtCounter($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n      ... on CounterSession {\n        counterName\n        staffName\n      }\n      ... on CounterOccupied {\n        code\n        staffName\n        since\n        canTakeOver\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.CounterWorkSignInAtCounterDocument,
    "\n  mutation CounterWorkCallNext {\n    callNext {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.CounterWorkCallNextDocument,
    "\n    mutation CounterWorkStepMarkMissed($input: EntryInput!) {\n      markMissed(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.CounterWorkStepMarkMissedDocument,
    "\n    mutation CounterWorkStepRequeueEntry($input: EntryInput!) {\n      requeueEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.CounterWorkStepRequeueEntryDocument,
    "\n    mutation CounterWorkStepStartService($input: EntryInput!) {\n      startService(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.CounterWorkStepStartServiceDocument,
    "\n  mutation CounterWorkSetEntryPriority($input: SetEntryPriorityInput!) {\n    setEntryPriority(input: $input) {\n      __typename\n    }\n  }\n": types.CounterWorkSetEntryPriorityDocument,
    "\n      mutation CounterWorkSetOpeningHours($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    ": types.CounterWorkSetOpeningHoursDocument,
    "\n      mutation CounterWorkCreateCounter($input: CreateCounterInput!) {\n        createCounter(input: $input) {\n          ... on Counter {\n            id\n          }\n        }\n      }\n    ": types.CounterWorkCreateCounterDocument,
    "\n      mutation CounterWorkCreateStaffAccount($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n        }\n      }\n    ": types.CounterWorkCreateStaffAccountDocument,
    "\n        query CounterWorkWaitingInfo($officeId: ID!) {\n          waitingInfo(officeId: $officeId) {\n            estimatedWaitMinutes\n          }\n        }\n      ": types.CounterWorkWaitingInfoDocument,
    "\n        mutation CounterWorkCreateDevice($input: CreateDeviceInput!) {\n          createDevice(input: $input) {\n            ... on CreatedDevice {\n              key\n            }\n          }\n        }\n      ": types.CounterWorkCreateDeviceDocument,
    "\n        mutation CounterWorkCheckIn2($input: CheckInInput!) {\n          checkIn(input: $input) {\n            __typename\n            ... on QueueEntry {\n              displayNumber\n              citizenName\n            }\n          }\n        }\n      ": types.CounterWorkCheckIn2Document,
    "\n        query CounterWorkCounterSessions($officeId: ID!) {\n          counterSessions(officeId: $officeId) {\n            counterName\n            staffName\n          }\n        }\n      ": types.CounterWorkCounterSessionsDocument,
    "\n        subscription QueueEventsCallIssued($officeId: ID) {\n          callIssued(officeId: $officeId) {\n            displayNumber\n            counterName\n            version\n            office {\n              id\n            }\n          }\n        }\n      ": types.QueueEventsCallIssuedDocument,
    "\n        mutation QueueEventsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": types.QueueEventsCreateCounterDocument,
    "\n        mutation QueueEventsSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      ": types.QueueEventsSignInAtCounterDocument,
    "\n        mutation QueueEventsIssueTicket($input: IssueTicketInput!) {\n          issueTicket(input: $input) {\n            __typename\n          }\n        }\n      ": types.QueueEventsIssueTicketDocument,
    "\n        mutation QueueEventsCallNext {\n          callNext {\n            __typename\n            ... on QueueEntry {\n              displayNumber\n            }\n          }\n        }\n      ": types.QueueEventsCallNextDocument,
    "\n  mutation QueueIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        secret\n        statusUrl\n        entry {\n          id\n          displayNumber\n          position\n          estimatedWaitMinutes\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.QueueIssueTicketDocument,
    "\n  mutation QueueCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.QueueCheckInDocument,
    "\n  query QueueQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      version\n      entries {\n        id\n        displayNumber\n        status\n        withAppointment\n        position\n        estimatedWaitMinutes\n        counterName\n      }\n    }\n  }\n": types.QueueQueueDocument,
    "\n  mutation QueueSignInAtCounter($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n      ... on CounterSession {\n        counterName\n      }\n    }\n  }\n": types.QueueSignInAtCounterDocument,
    "\n  mutation QueueCallNext {\n    callNext {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n        status\n        counterName\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.QueueCallNextDocument,
    "\n    mutation QueueStepRecallEntry($input: EntryInput!) {\n      recallEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n          calledCount\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.QueueStepRecallEntryDocument,
    "\n    mutation QueueStepRequeueEntry($input: EntryInput!) {\n      requeueEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n          calledCount\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.QueueStepRequeueEntryDocument,
    "\n    mutation QueueStepStartService($input: EntryInput!) {\n      startService(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n          calledCount\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.QueueStepStartServiceDocument,
    "\n  mutation QueueCreateCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      ... on Counter {\n        id\n        name\n      }\n    }\n  }\n": types.QueueCreateCounterDocument,
    "\n  mutation QueueCreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      ... on CreatedDevice {\n        key\n      }\n    }\n  }\n": types.QueueCreateDeviceDocument,
    "\n  mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n    }\n  }\n": types.QueueCreateStaffAccountDocument,
    "\n      mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    ": types.QueueSetOpeningHoursDocument,
    "\n        subscription QueueCallIssued($officeId: ID) {\n          callIssued(officeId: $officeId) {\n            displayNumber\n            counterName\n            room\n            version\n          }\n        }\n      ": types.QueueCallIssuedDocument,
    "\n        subscription QueueMyQueueStatus($input: QueueAccessInput!) {\n          myQueueStatus(input: $input) {\n            status\n            position\n            counterName\n            version\n          }\n        }\n      ": types.QueueMyQueueStatusDocument,
    "\n        mutation QueueFinishService($input: FinishServiceInput!) {\n          finishService(input: $input) {\n            __typename\n          }\n        }\n      ": types.QueueFinishServiceDocument,
    "\n          subscription QueueMyQueueStatus2($input: QueueAccessInput!) {\n            myQueueStatus(input: $input) {\n              displayNumber\n              status\n              position\n            }\n          }\n        ": types.QueueMyQueueStatus2Document,
    "\n        mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      ": types.QueueUpdateOfficeSettingsDocument,
    "\n        mutation QueueRedirectEntry($input: RedirectEntryInput!) {\n          redirectEntry(input: $input) {\n            __typename\n            ... on QueueEntry {\n              id\n              displayNumber\n              status\n            }\n          }\n        }\n      ": types.QueueRedirectEntryDocument,
    "\n        query QueueQueueStatus($input: QueueAccessInput!) {\n          queueStatus(input: $input) {\n            status\n            position\n          }\n        }\n      ": types.QueueQueueStatusDocument,
    "\n        mutation QueueCallEntry($input: EntryInput!) {\n          callEntry(input: $input) {\n            __typename\n          }\n        }\n      ": types.QueueCallEntryDocument,
    "\n        mutation QueueFinishService2($input: FinishServiceInput!) {\n          finishService(input: $input) {\n            __typename\n          }\n        }\n      ": types.QueueFinishService2Document,
    "\n        query QueueWaitingInfo($officeId: ID!) {\n          waitingInfo(officeId: $officeId) {\n            version\n            waitingCount\n            estimatedWaitMinutes\n            countersServing\n          }\n        }\n      ": types.QueueWaitingInfoDocument,
    "\n        query QueueRecentCalls($officeId: ID) {\n          recentCalls(officeId: $officeId) {\n            versions {\n              officeId\n              version\n            }\n            calls {\n              id\n              displayNumber\n              counterName\n              callCount\n            }\n          }\n        }\n      ": types.QueueRecentCallsDocument,
    "\n        subscription QueueQueueChanged {\n          queueChanged(officeId: \"999999\") {\n            version\n          }\n        }\n      ": types.QueueQueueChangedDocument,
    "\n        subscription QueueMyQueueStatus3 {\n          myQueueStatus(input: { number: \"1\", secret: \"wrong\" }) {\n            status\n          }\n        }\n      ": types.QueueMyQueueStatus3Document,
    "\n          subscription QueueQueueChanged2($officeId: ID!) {\n            queueChanged(officeId: $officeId) {\n              version\n            }\n          }\n        ": types.QueueQueueChanged2Document,
    "\n        mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      ": types.QueueUpdateOfficeSettings2Document,
    "\n      mutation QueueIssueTicket2($input: IssueTicketInput!) {\n        issueTicket(input: $input) {\n          ... on Ticket {\n            entry {\n              id\n              allowedActions\n            }\n          }\n        }\n      }\n    ": types.QueueIssueTicket2Document,
    "\n  mutation RemoteTestDraw($input: DrawRemoteTicketInput!) {\n    drawRemoteTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        secret\n        statusUrl\n        entry {\n          id\n          displayNumber\n          status\n          remote\n          position\n          checkInUntil\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.RemoteTestDrawDocument,
    "\n  mutation RemoteTestCheckIn($input: CheckInRemoteTicketInput!) {\n    checkInRemoteTicket(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n        status\n        remote\n        position\n      }\n      ... on CheckInRefused {\n        reason\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.RemoteTestCheckInDocument,
    "\n  mutation RemoteTestIssue($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        entry {\n          id\n          displayNumber\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.RemoteTestIssueDocument,
    "\n  query RemoteTestQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      entries {\n        id\n        displayNumber\n        status\n        remote\n        position\n        allowedActions\n      }\n      myCounter {\n        callingOrder\n      }\n    }\n  }\n": types.RemoteTestQueueDocument,
    "\n  query RemoteTestStatus($input: QueueAccessInput!) {\n    queueStatus(input: $input) {\n      status\n      remote\n      position\n      checkInFrom\n      checkInUntil\n    }\n  }\n": types.RemoteTestStatusDocument,
    "\n  mutation RemoteTestSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n    }\n  }\n": types.RemoteTestSettingsDocument,
    "\n  mutation RemoteTestHours($input: SetOpeningHoursInput!) {\n    setOpeningHours(input: $input) {\n      __typename\n    }\n  }\n": types.RemoteTestHoursDocument,
    "\n  mutation RemoteTestDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      ... on CreatedDevice {\n        key\n      }\n    }\n  }\n": types.RemoteTestDeviceDocument,
    "\n  mutation RemoteTestCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      ... on Counter {\n        id\n      }\n    }\n  }\n": types.RemoteTestCounterDocument,
    "\n  mutation RemoteTestStaff($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n    }\n  }\n": types.RemoteTestStaffDocument,
    "\n  mutation RemoteTestSignIn($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n    }\n  }\n": types.RemoteTestSignInDocument,
    "\n  mutation RemoteTestCallNext {\n    callNext {\n      __typename\n      ... on QueueEntry {\n        displayNumber\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.RemoteTestCallNextDocument,
    "\n  mutation RemoteTestClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n    }\n  }\n": types.RemoteTestClosureDocument,
    "\n  query RemoteTestChallenge {\n    proofOfWorkChallenge {\n      algorithm\n      challenge\n      maxnumber\n      salt\n      signature\n    }\n  }\n": types.RemoteTestChallengeDocument,
    "\n  query WaitingRoomWaitingRoom($officeId: ID, $groupId: ID) {\n    waitingRoom(officeId: $officeId, groupId: $groupId) {\n      groupId\n      name\n      offices {\n        version\n        displayMessage\n        waitingCount\n        estimatedWaitMinutes\n        countersServing\n        open\n        ticketsLeft\n        office {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WaitingRoomWaitingRoomDocument,
    "\n  subscription WaitingRoomWaitingRoomChanged($officeId: ID, $groupId: ID) {\n    waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n      version\n      displayMessage\n      waitingCount\n      open\n      ticketsLeft\n      office {\n        id\n      }\n    }\n  }\n": types.WaitingRoomWaitingRoomChangedDocument,
    "\n  mutation WaitingRoomIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.WaitingRoomIssueTicketDocument,
    "\n  mutation WaitingRoomUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          displayMessage\n        }\n      }\n    }\n  }\n": types.WaitingRoomUpdateOfficeSettingsDocument,
    "\n  mutation WaitingRoomCreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      ... on CreatedDevice {\n        key\n      }\n    }\n  }\n": types.WaitingRoomCreateDeviceDocument,
    "\n  query WaitingRoomWaitingRoom2($officeId: ID) {\n    waitingRoom(officeId: $officeId) {\n      offices {\n        open\n        opensAt\n      }\n    }\n  }\n": types.WaitingRoomWaitingRoom2Document,
    "\n  mutation WaitingRoomSetOpeningHours($input: SetOpeningHoursInput!) {\n    setOpeningHours(input: $input) {\n      __typename\n    }\n  }\n": types.WaitingRoomSetOpeningHoursDocument,
    "\n  mutation WaitingRoomAddClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n      ... on CapacityChange {\n        closure {\n          id\n        }\n      }\n    }\n  }\n": types.WaitingRoomAddClosureDocument,
    "\n  mutation WaitingRoomRemoveClosure($input: RemoveClosureInput!) {\n    removeClosure(input: $input) {\n      __typename\n    }\n  }\n": types.WaitingRoomRemoveClosureDocument,
    "\n    mutation WaitingRoomStepMarkMissed($input: EntryInput!) {\n      markMissed(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n      }\n    }\n  ": types.WaitingRoomStepMarkMissedDocument,
    "\n    mutation WaitingRoomStepParkEntry($input: EntryInput!) {\n      parkEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n      }\n    }\n  ": types.WaitingRoomStepParkEntryDocument,
    "\n    mutation WaitingRoomStepRequeueEntry($input: EntryInput!) {\n      requeueEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n      }\n    }\n  ": types.WaitingRoomStepRequeueEntryDocument,
    "\n  mutation WaitingRoomCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n      }\n      ... on CheckInRefused {\n        code\n        reason\n        opensAt\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.WaitingRoomCheckInDocument,
    "\n      mutation WaitingRoomSetOpeningHours2($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    ": types.WaitingRoomSetOpeningHours2Document,
    "\n      mutation WaitingRoomCreateOfficeGroup($input: OfficeGroupInput!) {\n        createOfficeGroup(input: $input) {\n          ... on OfficeGroup {\n            id\n          }\n        }\n      }\n    ": types.WaitingRoomCreateOfficeGroupDocument,
    "\n        subscription WaitingRoomWaitingRoomChanged2($officeId: ID) {\n          waitingRoomChanged(officeId: $officeId) {\n            version\n            open\n            opensAt\n          }\n        }\n      ": types.WaitingRoomWaitingRoomChanged2Document,
    "\n        mutation WaitingRoomCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": types.WaitingRoomCreateCounterDocument,
    "\n        mutation WaitingRoomSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      ": types.WaitingRoomSignInAtCounterDocument,
    "\n            query WaitingRoomWaitingRoom3($officeId: ID) {\n              waitingRoom(officeId: $officeId) {\n                offices {\n                  withdrawnNumbers\n                }\n              }\n            }\n          ": types.WaitingRoomWaitingRoom3Document,
    "\n        mutation WaitingRoomCallNext {\n          callNext {\n            ... on QueueEntry {\n              id\n              displayNumber\n            }\n          }\n        }\n      ": types.WaitingRoomCallNextDocument,
    "\n        subscription WaitingRoomWaitingRoomChanged3($officeId: ID) {\n          waitingRoomChanged(officeId: $officeId) {\n            withdrawnNumbers\n          }\n        }\n      ": types.WaitingRoomWaitingRoomChanged3Document,
    "\n        mutation WaitingRoomCallEntry($input: EntryInput!) {\n          callEntry(input: $input) {\n            __typename\n          }\n        }\n      ": types.WaitingRoomCallEntryDocument,
    "\n  subscription AvailabilityEventsAvailabilityChanged($officeId: ID!) {\n    availabilityChanged(officeId: $officeId) {\n      version\n      dates\n      reason\n      office {\n        id\n      }\n    }\n  }\n": types.AvailabilityEventsAvailabilityChangedDocument,
    "\n        mutation AvailabilitySetOfficeService($input: SetOfficeServiceInput!) {\n          setOfficeService(input: $input) {\n            __typename\n          }\n        }\n      ": types.AvailabilitySetOfficeServiceDocument,
    "\n        query AvailabilityAvailableDays($input: AvailableDaysInput!) {\n          availableDays(input: $input) {\n            date\n            officeCount\n            offices {\n              id\n            }\n          }\n        }\n      ": types.AvailabilityAvailableDaysDocument,
    "\n        mutation AvailabilityCreateCapacityRule($input: CreateCapacityRuleInput!) {\n          createCapacityRule(input: $input) {\n            __typename\n            ... on InvalidInput {\n              problems\n            }\n          }\n        }\n      ": types.AvailabilityCreateCapacityRuleDocument,
    "\n  mutation HolidayRegionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          holidayRegion\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n    }\n  }\n": types.HolidayRegionsUpdateOfficeSettingsDocument,
    "\n        query HolidayRegionsOffice($id: ID!) {\n          office(id: $id) {\n            settings {\n              holidayRegion\n            }\n          }\n        }\n      ": types.HolidayRegionsOfficeDocument,
    "\n  query StatisticsStatistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from\n      to\n      offices {\n        id\n      }\n      appointments\n      cancelled\n      noShows\n      walkIns\n      served\n      missed\n      appointmentsByChannel {\n        channel\n        appointments\n      }\n      waitingByHour {\n        hour\n        customers\n        meanMinutes\n        p90Minutes\n      }\n      serviceTimes {\n        service {\n          id\n        }\n        customers\n        meanMinutes\n      }\n      utilisation {\n        date\n        offered\n        booked\n      }\n    }\n  }\n": types.StatisticsStatisticsDocument,
    "\n      mutation StatisticsCreateStaffAccount($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n        }\n      }\n    ": types.StatisticsCreateStaffAccountDocument,
    "\n        mutation StatisticsCreateOfficeGroup($input: OfficeGroupInput!) {\n          createOfficeGroup(input: $input) {\n            ... on OfficeGroup {\n              id\n            }\n          }\n        }\n      ": types.StatisticsCreateOfficeGroupDocument,
    "\n        mutation StatisticsCreateOfficeGroup2($input: OfficeGroupInput!) {\n          createOfficeGroup(input: $input) {\n            ... on OfficeGroup {\n              id\n            }\n          }\n        }\n      ": types.StatisticsCreateOfficeGroup2Document,
    "\n  mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n      ... on WaitlistJoined {\n        token\n        entry {\n          status\n          appointmentNumber\n          offices {\n            id\n          }\n          services {\n            id\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.WaitlistJoinWaitlistDocument,
    "\n  query WaitlistWaitlistOffer($input: LinkTokenInput!) {\n    waitlistOffer(input: $input) {\n      status\n      start\n      holdExpiresAt\n      appointmentNumber\n      office {\n        id\n      }\n    }\n  }\n": types.WaitlistWaitlistOfferDocument,
    "\n  mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) {\n    takeWaitlistOffer(input: $input) {\n      __typename\n      ... on WaitlistOfferTaken {\n        secret\n        manageUrl\n        appointment {\n          number\n          status\n          start\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.WaitlistTakeWaitlistOfferDocument,
    "\n  mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) {\n    leaveWaitlist(input: $input) {\n      __typename\n      ... on WaitlistEntryView {\n        status\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.WaitlistLeaveWaitlistDocument,
    "\n        mutation WaitlistSetServiceText($input: SetServiceTextInput!) {\n          setServiceText(input: $input) {\n            __typename\n          }\n        }\n      ": types.WaitlistSetServiceTextDocument,
    "\n        subscription WaitlistAvailabilityChanged($officeId: ID!) {\n          availabilityChanged(officeId: $officeId) {\n            reason\n          }\n        }\n      ": types.WaitlistAvailabilityChangedDocument,
    "\n    mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n      updateOfficeSettings(input: $input) {\n        __typename\n      }\n    }\n  ": types.WaitlistUpdateOfficeSettingsDocument,
    "\n  mutation LimitsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": types.LimitsCreateApiKeyDocument,
    "\n  query LimitsServices {\n    services {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.LimitsServicesDocument,
    "\n  query LimitsViewer {\n    viewer {\n      kind\n    }\n  }\n": types.LimitsViewerDocument,
    "\n      query LimitsProofOfWorkChallenge {\n        proofOfWorkChallenge {\n          algorithm\n          challenge\n          maxnumber\n          salt\n          signature\n          required\n        }\n      }\n    ": types.LimitsProofOfWorkChallengeDocument,
    "\n        query LimitsDeepOffices {\n          offices {\n            edges {\n              node {\n                services {\n                  service {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.LimitsDeepOfficesDocument,
    "\n        query LimitsCostlyServices {\n          services(first: 200) {\n            edges {\n              node {\n                id\n                name\n                description\n                url\n              }\n            }\n          }\n        }\n      ": types.LimitsCostlyServicesDocument,
    "\n            query LimitsTwentyServices {\n              services(first: 20) {\n                edges {\n                  node {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          ": types.LimitsTwentyServicesDocument,
    "\n          query LimitsQueueStatus($input: QueueAccessInput!) {\n            queueStatus(input: $input) {\n              status\n            }\n          }\n        ": types.LimitsQueueStatusDocument,
    "\n        subscription ClusterAvailabilityChanged($officeId: ID!) {\n          availabilityChanged(officeId: $officeId) {\n            version\n            reason\n          }\n        }\n      ": types.ClusterAvailabilityChangedDocument,
    "\n  mutation CustomFieldsUpdateBookingForm($input: UpdateBookingFormInput!) {\n    updateBookingForm(input: $input) {\n      __typename\n      ... on BookingForm {\n        remarks\n        remarksMaxLength\n        fields {\n          id\n          key\n          kind\n          required\n          maxLength\n          label(language: en)\n          labels {\n            language\n            text\n          }\n          options {\n            value\n            label\n          }\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.CustomFieldsUpdateBookingFormDocument,
    "\n  query CustomFieldsBookingForm($id: ID!) {\n    office(id: $id) {\n      bookingForm {\n        remarks\n        fields {\n          key\n          required\n          label(language: en)\n          options {\n            value\n            label(language: en)\n          }\n        }\n      }\n    }\n  }\n": types.CustomFieldsBookingFormDocument,
    "\n  mutation CustomFieldsConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        appointment {\n          id\n          number\n          remarks\n          fields {\n            key\n            value\n            label\n            optionLabel(language: en)\n          }\n        }\n      }\n      ... on InvalidBookingFields {\n        code\n        message\n        refusedFields {\n          key\n          reason\n          message\n          maxLength\n          options\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.CustomFieldsConfirmAppointmentDocument,
    "\n  query CustomFieldsAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      id\n      start\n      remarks\n      fields {\n        key\n        value\n        label(language: en)\n        optionLabel\n      }\n    }\n  }\n": types.CustomFieldsAppointmentDocument,
    "\n  mutation CustomFieldsRescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        start\n        remarks\n        fields {\n          key\n          value\n        }\n      }\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": types.CustomFieldsRescheduleAppointmentDocument,
    "\n  mutation CustomFieldsReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        token\n      }\n    }\n  }\n": types.CustomFieldsReserveSlotDocument,
    "\n  query DayPlanOfOffice($officeId: ID!, $from: LocalDate!, $days: Int!) {\n    dayPlan(officeId: $officeId, from: $from, days: $days) {\n      from\n      to\n      timeZone\n      version\n      office {\n        id\n        name\n      }\n      days {\n        date\n        appointments {\n          id\n          number\n          start\n          status\n          channel\n          contactName\n          contactEmail\n          contactPhone\n          remarks\n          fields {\n            key\n            value\n          }\n          services {\n            service {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DayPlanOfOfficeDocument,
    "\n  mutation DayPlanExport($input: ExportDayPlanInput!) {\n    exportDayPlan(input: $input) {\n      __typename\n      ... on DayPlanFile {\n        fileName\n        mediaType\n        content\n        appointments\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.DayPlanExportDocument,
    "\n  subscription DayPlanChanged($officeId: ID!) {\n    dayPlanChanged(officeId: $officeId) {\n      officeId\n      version\n    }\n  }\n": types.DayPlanChangedDocument,
    "\n      mutation DayPlanCreateStaff($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n        }\n      }\n    ": types.DayPlanCreateStaffDocument,
    "\n      mutation DayPlanCreateApiKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          ... on CreatedApiKey {\n            key\n          }\n        }\n      }\n    ": types.DayPlanCreateApiKeyDocument,
    "\n      mutation DayPlanNightRule($input: CreateCapacityRuleInput!) {\n        createCapacityRule(input: $input) {\n          __typename\n        }\n      }\n    ": types.DayPlanNightRuleDocument,
    "\n      mutation DayPlanBookingForm($input: UpdateBookingFormInput!) {\n        updateBookingForm(input: $input) {\n          __typename\n        }\n      }\n    ": types.DayPlanBookingFormDocument,
    "\n      mutation DayPlanAddNote($input: AddInternalNoteInput!) {\n        addInternalNote(input: $input) {\n          __typename\n        }\n      }\n    ": types.DayPlanAddNoteDocument,
    "\n      query EmbeddedDefaultOffices {\n        offices(first: 100) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": types.EmbeddedDefaultOfficesDocument,
    "\n      query EmbeddedDefaultServices {\n        services(search: \"Anmeldung einer Wohnung\") {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.EmbeddedDefaultServicesDocument,
    "\n      query EmbeddedDefaultAvailableDays($input: AvailableDaysInput!) {\n        availableDays(input: $input) {\n          date\n          offices {\n            id\n          }\n        }\n      }\n    ": types.EmbeddedDefaultAvailableDaysDocument,
    "\n  subscription DatabaseOutageCallIssued($officeId: ID) {\n    callIssued(officeId: $officeId) {\n      id\n      displayNumber\n    }\n  }\n": types.DatabaseOutageCallIssuedDocument,
    "\n      mutation DatabaseOutageCreateCounter($input: CreateCounterInput!) {\n        createCounter(input: $input) {\n          ... on Counter {\n            id\n          }\n        }\n      }\n    ": types.DatabaseOutageCreateCounterDocument,
    "\n      mutation DatabaseOutageSignInAtCounter($input: SignInAtCounterInput!) {\n        signInAtCounter(input: $input) {\n          __typename\n        }\n      }\n    ": types.DatabaseOutageSignInAtCounterDocument,
    "\n      mutation DatabaseOutageIssueTicket($input: IssueTicketInput!) {\n        issueTicket(input: $input) {\n          __typename\n        }\n      }\n    ": types.DatabaseOutageIssueTicketDocument,
    "\n      mutation DatabaseOutageCallNext {\n        callNext {\n          __typename\n          ... on QueueEntry {\n            displayNumber\n          }\n        }\n      }\n    ": types.DatabaseOutageCallNextDocument,
    "\n  mutation LimitsUnderConcurrencyLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AccountLocked {\n        lockedUntil\n      }\n    }\n  }\n": types.LimitsUnderConcurrencyLoginDocument,
    "\n  mutation LimitsUnderConcurrencyCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n    }\n  }\n": types.LimitsUnderConcurrencyCreateStaffAccountDocument,
    "\n  mutation LimitsUnderConcurrencyIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      ... on Ticket {\n        secret\n        entry {\n          displayNumber\n        }\n      }\n    }\n  }\n": types.LimitsUnderConcurrencyIssueTicketDocument,
    "\n  query LimitsUnderConcurrencyQueueStatus($input: QueueAccessInput!) {\n    queueStatus(input: $input) {\n      status\n    }\n  }\n": types.LimitsUnderConcurrencyQueueStatusDocument,
    "\n      mutation ReconnectStormCreateOffice($input: CreateOfficeInput!) {\n        createOffice(input: $input) {\n          ... on Office {\n            id\n          }\n        }\n      }\n    ": types.ReconnectStormCreateOfficeDocument,
    "\n      mutation ReconnectStormSetOpeningHours($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    ": types.ReconnectStormSetOpeningHoursDocument,
    "\n      mutation ReconnectStormCreateService($input: CreateServiceInput!) {\n        createService(input: $input) {\n          ... on Service {\n            id\n          }\n        }\n      }\n    ": types.ReconnectStormCreateServiceDocument,
    "\n      mutation ReconnectStormSetOfficeService($input: SetOfficeServiceInput!) {\n        setOfficeService(input: $input) {\n          __typename\n        }\n      }\n    ": types.ReconnectStormSetOfficeServiceDocument,
    "\n      mutation ReconnectStormCreateCounter($input: CreateCounterInput!) {\n        createCounter(input: $input) {\n          ... on Counter {\n            id\n          }\n        }\n      }\n    ": types.ReconnectStormCreateCounterDocument,
    "\n      mutation ReconnectStormSignInAtCounter($input: SignInAtCounterInput!) {\n        signInAtCounter(input: $input) {\n          __typename\n        }\n      }\n    ": types.ReconnectStormSignInAtCounterDocument,
    "\n        mutation ReconnectStormIssueTicket($input: IssueTicketInput!) {\n          issueTicket(input: $input) {\n            __typename\n          }\n        }\n      ": types.ReconnectStormIssueTicketDocument,
    "\n        mutation ReconnectStormCallNext {\n          callNext {\n            __typename\n          }\n        }\n      ": types.ReconnectStormCallNextDocument,
    "\n        mutation RedisOutageEventsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": types.RedisOutageEventsCreateCounterDocument,
    "\n        mutation RedisOutageEventsSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      ": types.RedisOutageEventsSignInAtCounterDocument,
    "\n          query RedisOutageEventsRecentCalls($officeId: ID) {\n            recentCalls(officeId: $officeId) {\n              calls {\n                id\n                displayNumber\n              }\n            }\n          }\n        ": types.RedisOutageEventsRecentCallsDocument,
    "\n          subscription RedisOutageEventsCallIssued($officeId: ID) {\n            callIssued(officeId: $officeId) {\n              id\n              displayNumber\n            }\n          }\n        ": types.RedisOutageEventsCallIssuedDocument,
    "\n        mutation RedisOutageEventsIssueTicket($input: IssueTicketInput!) {\n          issueTicket(input: $input) {\n            __typename\n          }\n        }\n      ": types.RedisOutageEventsIssueTicketDocument,
    "\n        mutation RedisOutageEventsCallNext {\n          callNext {\n            __typename\n            ... on QueueEntry {\n              displayNumber\n            }\n          }\n        }\n      ": types.RedisOutageEventsCallNextDocument,
    "\n  query RedisOutageLimitsServices {\n    services {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.RedisOutageLimitsServicesDocument,
    "\n  query RedisOutageLimitsViewer {\n    viewer {\n      kind\n    }\n  }\n": types.RedisOutageLimitsViewerDocument,
    "\n  mutation RedisOutageLimitsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": types.RedisOutageLimitsCreateApiKeyDocument,
    "\n      mutation SocketAbuseCreateOffice($input: CreateOfficeInput!) {\n        createOffice(input: $input) {\n          ... on Office {\n            id\n          }\n        }\n      }\n    ": types.SocketAbuseCreateOfficeDocument,
    "\n      mutation SocketAbuseCreateDevice($input: CreateDeviceInput!) {\n        createDevice(input: $input) {\n          ... on CreatedDevice {\n            key\n          }\n        }\n      }\n    ": types.SocketAbuseCreateDeviceDocument,
    "\n        query SocketAbuseServices {\n          services {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.SocketAbuseServicesDocument,
    "\n    subscription SocketAbuseCallIssued($officeId: ID) {\n      callIssued(officeId: $officeId) {\n        displayNumber\n      }\n    }\n  ": types.SocketAbuseCallIssuedDocument,
    "\n    mutation GraphqlHttpCreateApiKey($input: CreateApiKeyInput!) {\n      createApiKey(input: $input) {\n        ... on CreatedApiKey {\n          key\n        }\n      }\n    }\n  ": types.GraphqlHttpCreateApiKeyDocument,
    "\n  query HostileInputTypename {\n    __typename\n  }\n": types.HostileInputTypenameDocument,
    "\n    mutation HostileInputCreateApiKey($input: CreateApiKeyInput!) {\n      createApiKey(input: $input) {\n        ... on CreatedApiKey {\n          key\n        }\n      }\n    }\n  ": types.HostileInputCreateApiKeyDocument,
    "\n        query InputValidationServices {\n          services(after: \"garbage\") {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.InputValidationServicesDocument,
    "\n        mutation InputValidationCreateCapacityRule($input: CreateCapacityRuleInput!) {\n          createCapacityRule(input: $input) {\n            __typename\n            ... on InvalidInput {\n              problems\n            }\n          }\n        }\n      ": types.InputValidationCreateCapacityRuleDocument,
    "\n    mutation InputValidationAddClosure($input: AddClosureInput!) {\n      addClosure(input: $input) {\n        __typename\n      }\n    }\n  ": types.InputValidationAddClosureDocument,
    "\n            query InputValidationServices2 {\n              services {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": types.InputValidationServices2Document,
    "\n        query InputValidationAuditLog {\n          auditLog(first: 1) {\n            edges {\n              node {\n                action\n                details\n              }\n            }\n          }\n        }\n      ": types.InputValidationAuditLogDocument,
    "\n        mutation InputValidationCreateService {\n          createService(input: { name: \"Gleichzeitig\" }) {\n            ... on Service {\n              id\n            }\n          }\n        }\n      ": types.InputValidationCreateServiceDocument,
    "\n          mutation InputValidationSetOfficeService($input: SetOfficeServiceInput!) {\n            setOfficeService(input: $input) {\n              __typename\n              ... on OfficeService {\n                durationSlots\n              }\n            }\n          }\n        ": types.InputValidationSetOfficeServiceDocument,
    "\n      query InputValidationServices3($after: String) {\n        services(first: 2, after: $after, search: \"eingabe\") {\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": types.InputValidationServices3Document,
    "\n        query InputValidationOffices($ids: [ID!]) {\n          offices(serviceIds: $ids) {\n            edges {\n              node {\n                name\n                services {\n                  durationSlots\n                  service {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.InputValidationOfficesDocument,
    "\n    mutation InputValidationCreateCounter($input: CreateCounterInput!) {\n      createCounter(input: $input) {\n        __typename\n        ... on Counter {\n          id\n          name\n          room\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.InputValidationCreateCounterDocument,
    "\n    mutation InputValidationCreateOfficeGroup($input: OfficeGroupInput!) {\n      createOfficeGroup(input: $input) {\n        __typename\n        ... on OfficeGroup {\n          id\n          name\n          offices {\n            id\n          }\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  ": types.InputValidationCreateOfficeGroupDocument,
    "\n  mutation NotesAddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      __typename\n      ... on InternalNote {\n        id\n        appointmentId\n        queueEntryId\n        author\n        text\n        createdAt\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.NotesAddInternalNoteDocument,
    "\n  query NotesInternalNotes($input: InternalNotesInput!) {\n    internalNotes(input: $input) {\n      appointmentId\n      author\n      text\n    }\n  }\n": types.NotesInternalNotesDocument,
    "\n  query NotesQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      entries {\n        id\n        displayNumber\n        notes {\n          text\n          appointmentId\n          queueEntryId\n        }\n        remarks\n        bookingFields {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.NotesQueueDocument,
    "\n  mutation NotesReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        token\n      }\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n": types.NotesReserveSlotDocument,
    "\n  mutation NotesConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        appointment {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.NotesConfirmAppointmentDocument,
    "\n  query NotesAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      number\n    }\n  }\n": types.NotesAppointmentDocument,
    "\n  mutation NotesRescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n    }\n  }\n": types.NotesRescheduleAppointmentDocument,
    "\n      query ObservabilityServices {\n        services {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.ObservabilityServicesDocument,
    "\n      subscription ObservabilityAvailabilityChanged($officeId: ID!) {\n        availabilityChanged(officeId: $officeId) {\n          version\n        }\n      }\n    ": types.ObservabilityAvailabilityChangedDocument,
    "\n      mutation ObservabilityReserveSlot($input: ReserveSlotInput!) {\n        reserveSlot(input: $input) {\n          __typename\n        }\n      }\n    ": types.ObservabilityReserveSlotDocument,
    "\n      mutation PermissionsCreateStaffAccount($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n          ... on StaffAccount {\n            id\n          }\n        }\n      }\n    ": types.PermissionsCreateStaffAccountDocument,
    "\n      mutation PermissionsCreateApiKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          ... on CreatedApiKey {\n            key\n            apiKey {\n              id\n            }\n          }\n        }\n      }\n    ": types.PermissionsCreateApiKeyDocument,
    "\n      mutation PermissionsCreateDevice($input: CreateDeviceInput!) {\n        createDevice(input: $input) {\n          ... on CreatedDevice {\n            key\n            device {\n              id\n            }\n          }\n        }\n      }\n    ": types.PermissionsCreateDeviceDocument,
    "\n        mutation PermissionsCreateService($input: CreateServiceInput!) {\n          createService(input: $input) {\n            ... on Service {\n              id\n            }\n          }\n        }\n      ": types.PermissionsCreateServiceDocument,
    "\n        mutation PermissionsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      ": types.PermissionsCreateCounterDocument,
    "\n        mutation PermissionsCreateOfficeGroup($input: OfficeGroupInput!) {\n          createOfficeGroup(input: $input) {\n            ... on OfficeGroup {\n              id\n            }\n          }\n        }\n      ": types.PermissionsCreateOfficeGroupDocument,
    "\n      mutation PermissionsCreateCapacityRule($input: CreateCapacityRuleInput!) {\n        createCapacityRule(input: $input) {\n          __typename\n          ... on CapacityChange {\n            rule {\n              id\n            }\n          }\n        }\n      }\n    ": types.PermissionsCreateCapacityRuleDocument,
    "\n  mutation PermissionsIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        secret\n        statusUrl\n        entry {\n          id\n          displayNumber\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PermissionsIssueTicketDocument,
    "\n  mutation PermissionsSignInAtCounter($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PermissionsSignInAtCounterDocument,
    "\n  mutation PermissionsAddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PermissionsAddInternalNoteDocument,
    "\n      query PermissionsApiKeys {\n        apiKeys {\n          id\n          name\n          level\n        }\n      }\n    ": types.PermissionsApiKeysDocument,
    "\n        query PermissionsAuditLog {\n          auditLog(first: 5) {\n            edges {\n              node {\n                action\n                at\n                actorKind\n              }\n            }\n          }\n        }\n      ": types.PermissionsAuditLogDocument,
    "\n        query PermissionsAuditLog2($officeId: ID) {\n          auditLog(first: 5, officeId: $officeId) {\n            edges {\n              node {\n                action\n                at\n                actorKind\n              }\n            }\n          }\n        }\n      ": types.PermissionsAuditLog2Document,
    "\n      query PermissionsCapacityPreview($input: CapacityPreviewInput!) {\n        capacityPreview(input: $input) {\n          __typename\n          ... on CapacityPreview {\n            weekStart\n            slots {\n              start\n            }\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": types.PermissionsCapacityPreviewDocument,
    "\n      query PermissionsOffice($id: ID!) {\n        office(id: $id) {\n          id\n          name\n        }\n      }\n    ": types.PermissionsOfficeDocument,
    "\n      query PermissionsOfficeGroups {\n        officeGroups {\n          id\n          name\n          offices {\n            id\n          }\n        }\n      }\n    ": types.PermissionsOfficeGroupsDocument,
    "\n      query PermissionsOffices {\n        offices(first: 5) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": types.PermissionsOfficesDocument,
    "\n      query PermissionsServices {\n        services(first: 5) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": types.PermissionsServicesDocument,
    "\n        query PermissionsStaffAccounts {\n          staffAccounts(first: 5) {\n            edges {\n              node {\n                id\n                username\n              }\n            }\n          }\n        }\n      ": types.PermissionsStaffAccountsDocument,
    "\n        query PermissionsStaffAccounts2($officeId: ID) {\n          staffAccounts(first: 5, officeId: $officeId) {\n            edges {\n              node {\n                id\n                username\n              }\n            }\n          }\n        }\n      ": types.PermissionsStaffAccounts2Document,
    "\n      query PermissionsStatistics($input: StatisticsInput!) {\n        statistics(input: $input) {\n          appointments\n          walkIns\n          waitingByHour {\n            hour\n          }\n        }\n      }\n    ": types.PermissionsStatisticsDocument,
    "\n      query PermissionsViewer {\n        viewer {\n          kind\n          name\n          account {\n            username\n          }\n        }\n      }\n    ": types.PermissionsViewerDocument,
    "\n      mutation PermissionsReleaseReservation($input: ReleaseReservationInput!) {\n        releaseReservation(input: $input) {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": types.PermissionsReleaseReservationDocument,
    "\n      query PermissionsAppointmentByLink($input: LinkTokenInput!) {\n        appointmentByLink(input: $input) {\n          id\n        }\n      }\n    ": types.PermissionsAppointmentByLinkDocument,
    "\n      query PermissionsDayPlan($officeId: ID!) {\n        dayPlan(officeId: $officeId, from: \"2026-03-02\", days: 7) {\n          version\n          days {\n            date\n            appointments {\n              number\n              contactName\n            }\n          }\n        }\n      }\n    ": types.PermissionsDayPlanDocument,
    "\n      mutation PermissionsExportDayPlan($input: ExportDayPlanInput!) {\n        exportDayPlan(input: $input) {\n          __typename\n          ... on DayPlanFile {\n            fileName\n            appointments\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": types.PermissionsExportDayPlanDocument,
    "\n      subscription PermissionsDayPlanChanged($officeId: ID!) {\n        dayPlanChanged(officeId: $officeId) {\n          officeId\n          version\n        }\n      }\n    ": types.PermissionsDayPlanChangedDocument,
    "\n      query PermissionsWaitlistEntry($input: LinkTokenInput!) {\n        waitlistEntry(input: $input) {\n          id\n        }\n      }\n    ": types.PermissionsWaitlistEntryDocument,
    "\n      query PermissionsWaitlistOffer($input: LinkTokenInput!) {\n        waitlistOffer(input: $input) {\n          id\n        }\n      }\n    ": types.PermissionsWaitlistOfferDocument,
    "\n      mutation PermissionsLogout {\n        logout\n      }\n    ": types.PermissionsLogoutDocument,
    "\n      query PermissionsSearchSynonyms {\n        searchSynonyms(first: 5) {\n          edges {\n            node {\n              id\n              term\n            }\n          }\n        }\n      }\n    ": types.PermissionsSearchSynonymsDocument,
    "\n          mutation PermissionsAddSearchSynonym($input: AddSearchSynonymInput!) {\n            addSearchSynonym(input: $input) {\n              ... on SearchSynonym {\n                id\n              }\n            }\n          }\n        ": types.PermissionsAddSearchSynonymDocument,
    "\n          mutation PermissionsSetOfficeService($input: SetOfficeServiceInput!) {\n            setOfficeService(input: $input) {\n              __typename\n            }\n          }\n        ": types.PermissionsSetOfficeServiceDocument,
    "\n      subscription PermissionsAvailabilityChanged($officeId: ID!) {\n        availabilityChanged(officeId: $officeId) {\n          version\n          reason\n        }\n      }\n    ": types.PermissionsAvailabilityChangedDocument,
    "\n          mutation PermissionsAddClosure($input: AddClosureInput!) {\n            addClosure(input: $input) {\n              ... on CapacityChange {\n                closure {\n                  id\n                }\n              }\n            }\n          }\n        ": types.PermissionsAddClosureDocument,
    "\n          mutation PermissionsAddClosure2($input: AddClosureInput!) {\n            addClosure(input: $input) {\n              ... on CapacityChange {\n                closure {\n                  id\n                }\n              }\n            }\n          }\n        ": types.PermissionsAddClosure2Document,
    "\n      mutation PermissionsUpdateBookingForm($input: UpdateBookingFormInput!) {\n        updateBookingForm(input: $input) {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": types.PermissionsUpdateBookingFormDocument,
    "\n      query PermissionsInternalNotes($input: InternalNotesInput!) {\n        internalNotes(input: $input) {\n          id\n        }\n      }\n    ": types.PermissionsInternalNotesDocument,
    "\n      query PermissionsQueue($officeId: ID!) {\n        queue(officeId: $officeId) {\n          version\n          entries {\n            id\n            displayNumber\n            status\n            position\n            estimatedWaitMinutes\n            counterName\n            allowedActions\n          }\n        }\n      }\n    ": types.PermissionsQueueDocument,
    "\n      query PermissionsCounterSessions($officeId: ID!) {\n        counterSessions(officeId: $officeId) {\n          counterId\n          counterName\n          staffName\n          signedInAt\n        }\n      }\n    ": types.PermissionsCounterSessionsDocument,
    "\n      query PermissionsOpenAlarms($officeIds: [ID!]!) {\n        openAlarms(officeIds: $officeIds) {\n          version\n          alarms {\n            counterName\n          }\n        }\n      }\n    ": types.PermissionsOpenAlarmsDocument,
    "\n      subscription PermissionsAlarmChanged($officeIds: [ID!]!) {\n        alarmChanged(officeIds: $officeIds) {\n          officeId\n          version\n        }\n      }\n    ": types.PermissionsAlarmChangedDocument,
    "\n      query PermissionsLeadPanel($officeId: ID!) {\n        leadPanel(officeId: $officeId) {\n          version\n          waiting\n          alert\n        }\n      }\n    ": types.PermissionsLeadPanelDocument,
    "\n      subscription PermissionsLeadPanelChanged($officeId: ID!) {\n        leadPanelChanged(officeId: $officeId) {\n          officeId\n          version\n        }\n      }\n    ": types.PermissionsLeadPanelChangedDocument,
    "\n      subscription PermissionsQueueChanged($officeId: ID!) {\n        queueChanged(officeId: $officeId) {\n          officeId\n          version\n        }\n      }\n    ": types.PermissionsQueueChangedDocument,
    "\n      query PermissionsProofOfWorkChallenge {\n        proofOfWorkChallenge {\n          algorithm\n          challenge\n          maxnumber\n          salt\n          signature\n          required\n        }\n      }\n    ": types.PermissionsProofOfWorkChallengeDocument,
    "\n      query PermissionsWaitingInfo($officeId: ID!) {\n        waitingInfo(officeId: $officeId) {\n          version\n          waitingCount\n          estimatedWaitMinutes\n          countersServing\n        }\n      }\n    ": types.PermissionsWaitingInfoDocument,
    "\n        query PermissionsRecentCalls($officeId: ID, $groupId: ID) {\n          recentCalls(officeId: $officeId, groupId: $groupId) {\n            versions {\n              officeId\n              version\n            }\n            calls {\n              id\n              displayNumber\n              counterName\n              room\n              calledAt\n              callCount\n              office {\n                id\n              }\n            }\n          }\n        }\n      ": types.PermissionsRecentCallsDocument,
    "\n        query PermissionsRecentCalls2($officeId: ID, $groupId: ID) {\n          recentCalls(officeId: $officeId, groupId: $groupId) {\n            versions {\n              officeId\n              version\n            }\n            calls {\n              id\n              displayNumber\n            }\n          }\n        }\n      ": types.PermissionsRecentCalls2Document,
    "\n        subscription PermissionsCallIssued($officeId: ID, $groupId: ID) {\n          callIssued(officeId: $officeId, groupId: $groupId) {\n            id\n            displayNumber\n            counterName\n            room\n            callCount\n            version\n            office {\n              id\n            }\n          }\n        }\n      ": types.PermissionsCallIssuedDocument,
    "\n        subscription PermissionsCallIssued2($officeId: ID, $groupId: ID) {\n          callIssued(officeId: $officeId, groupId: $groupId) {\n            id\n            displayNumber\n          }\n        }\n      ": types.PermissionsCallIssued2Document,
    "\n      query PermissionsWaitingRoom($officeId: ID, $groupId: ID) {\n        waitingRoom(officeId: $officeId, groupId: $groupId) {\n          groupId\n          name\n          offices {\n            version\n            displayMessage\n            waitingCount\n            estimatedWaitMinutes\n            countersServing\n            open\n            ticketsLeft\n            office {\n              id\n            }\n          }\n        }\n      }\n    ": types.PermissionsWaitingRoomDocument,
    "\n      subscription PermissionsWaitingRoomChanged($officeId: ID, $groupId: ID) {\n        waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n          version\n          waitingCount\n          office {\n            id\n          }\n        }\n      }\n    ": types.PermissionsWaitingRoomChangedDocument,
    "\n      query PermissionsQueueStatus($input: QueueAccessInput!) {\n        queueStatus(input: $input) {\n          version\n          displayNumber\n          status\n          position\n          estimatedWaitMinutes\n          counterName\n          room\n        }\n      }\n    ": types.PermissionsQueueStatusDocument,
    "\n      subscription PermissionsMyQueueStatus($input: QueueAccessInput!) {\n        myQueueStatus(input: $input) {\n          version\n          displayNumber\n          status\n          position\n        }\n      }\n    ": types.PermissionsMyQueueStatusDocument,
    "\n      mutation PermissionsSignOutOfCounter {\n        signOutOfCounter\n      }\n    ": types.PermissionsSignOutOfCounterDocument,
    "\n      mutation PermissionsCallNext {\n        callNext {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    ": types.PermissionsCallNextDocument,
    "\n        mutation PermissionsSetOpeningHours($input: SetOpeningHoursInput!) {\n          setOpeningHours(input: $input) {\n            __typename\n          }\n        }\n      ": types.PermissionsSetOpeningHoursDocument,
    "\n        mutation PermissionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      ": types.PermissionsUpdateOfficeSettingsDocument,
    "\n        query PermissionsOffice2($id: ID!) {\n          office(id: $id) {\n            capacityRules {\n              id\n            }\n          }\n        }\n      ": types.PermissionsOffice2Document,
    "\n          mutation PermissionsRevokeApiKey($input: RevokeInput!) {\n            revokeApiKey(input: $input) {\n              __typename\n            }\n          }\n        ": types.PermissionsRevokeApiKeyDocument,
    "\n              query PermissionsViewer2 {\n                viewer {\n                  kind\n                }\n              }\n            ": types.PermissionsViewer2Document,
    "\n              mutation PermissionsLogout2 {\n                logout\n              }\n            ": types.PermissionsLogout2Document,
    "\n              query PermissionsViewer3 {\n                viewer {\n                  kind\n                }\n              }\n            ": types.PermissionsViewer3Document,
    "\n            query PermissionsQueue2($officeId: ID!) {\n              queue(officeId: $officeId) {\n                entries {\n                  id\n                }\n              }\n            }\n          ": types.PermissionsQueue2Document,
    "\n          query PermissionsQueue3($officeId: ID!) {\n            queue(officeId: $officeId) {\n              entries {\n                id\n                status\n                calledCount\n              }\n            }\n          }\n        ": types.PermissionsQueue3Document,
    "\n        query PermissionsQueue4($officeId: ID!) {\n          queue(officeId: $officeId) {\n            entries {\n              status\n              allowedActions\n            }\n          }\n        }\n      ": types.PermissionsQueue4Document,
    "\n  mutation SdkExampleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": types.SdkExampleCreateApiKeyDocument,
    "\n  mutation SdkExampleSetOfficeService($input: SetOfficeServiceInput!) {\n    setOfficeService(input: $input) {\n      __typename\n    }\n  }\n": types.SdkExampleSetOfficeServiceDocument,
    "\n  mutation TenancyCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      __typename\n      ... on Organisation {\n        id\n        slug\n        hosts\n        departments {\n          id\n          name\n        }\n        roles {\n          id\n          name\n          permissions\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": types.TenancyCreateOrganisationDocument,
    "\n  mutation TenancyCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      __typename\n      ... on Department {\n        id\n        name\n      }\n    }\n  }\n": types.TenancyCreateDepartmentDocument,
    "\n  query TenancyOrganisations {\n    organisations {\n      id\n      name\n      slug\n      departments {\n        id\n        name\n      }\n      roles {\n        id\n        name\n      }\n    }\n  }\n": types.TenancyOrganisationsDocument,
    "\n  mutation TenancyCreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      __typename\n      ... on Office {\n        id\n        organisation {\n          slug\n        }\n        department {\n          name\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TenancyCreateOfficeDocument,
    "\n  query TenancyOffices {\n    offices(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TenancyOfficesDocument,
    "\n  mutation TenancyCreateStaff($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n      ... on StaffAccount {\n        id\n        assignments {\n          role {\n            name\n          }\n          department {\n            name\n          }\n          office {\n            id\n          }\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.TenancyCreateStaffDocument,
    "\n  mutation TenancyUpdateSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n    }\n  }\n": types.TenancyUpdateSettingsDocument,
    "\n  query TenancyStaffAccounts {\n    staffAccounts(first: 100) {\n      edges {\n        node {\n          username\n        }\n      }\n    }\n  }\n": types.TenancyStaffAccountsDocument,
    "\n  query TenancyViewerOffices {\n    viewer {\n      workOffices: offices(permission: workQueue) {\n        name\n      }\n      statisticsOffices: offices(permission: viewStatistics) {\n        name\n      }\n    }\n  }\n": types.TenancyViewerOfficesDocument,
    "\n  mutation TenancyDefineRole($input: DefineRoleInput!) {\n    defineRole(input: $input) {\n      __typename\n      ... on Role {\n        id\n        name\n        permissions\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": types.TenancyDefineRoleDocument,
    "\n  mutation TenancyCreateGroup($input: OfficeGroupInput!) {\n    createOfficeGroup(input: $input) {\n      __typename\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": types.TenancyCreateGroupDocument,
    "\n  mutation TenancyCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": types.TenancyCreateKeyDocument,
    "\n  mutation TrustedDocumentsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n": types.TrustedDocumentsCreateApiKeyDocument,
    "\n  query PortalBookingFormAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      remarks\n      fields {\n        key\n        value\n      }\n    }\n  }\n": types.PortalBookingFormAppointmentDocument,
    "\n  query PortalBookingAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      start\n      office {\n        name\n      }\n    }\n  }\n": types.PortalBookingAppointmentDocument,
    "\n  mutation PortalDeadEndsConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on TooManyAppointments {\n        code\n        limit\n      }\n    }\n  }\n": types.PortalDeadEndsConfirmAppointmentDocument,
    "\n  query PortalDrawAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      contactName\n    }\n  }\n": types.PortalDrawAppointmentDocument,
    "\n  query PortalLiveAvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n    }\n  }\n": types.PortalLiveAvailableDaysDocument,
    "\n  mutation PortalLiveReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        token\n      }\n    }\n  }\n": types.PortalLiveReserveSlotDocument,
    "\n  mutation PortalLiveConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        appointment {\n          number\n        }\n      }\n    }\n  }\n": types.PortalLiveConfirmAppointmentDocument,
    "\n  query PortalLiveAvailableSlots($input: AvailableSlotsInput!) {\n    availableSlots(input: $input) {\n      startTimes\n    }\n  }\n": types.PortalLiveAvailableSlotsDocument,
    "\n  mutation PortalLiveCancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n    }\n  }\n": types.PortalLiveCancelAppointmentDocument,
    "\n  query PortalMailLinksAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      start\n      office {\n        name\n      }\n    }\n  }\n": types.PortalMailLinksAppointmentDocument,
    "\n  query PortalMailLinksWaitlistEntry($input: LinkTokenInput!) {\n    waitlistEntry(input: $input) {\n      status\n    }\n  }\n": types.PortalMailLinksWaitlistEntryDocument,
    "\n  mutation PortalMailLinksJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n    }\n  }\n": types.PortalMailLinksJoinWaitlistDocument,
    "\n  query PortalPersonsAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      id\n      persons\n      start\n      end\n      office {\n        name\n      }\n      services {\n        quantity\n      }\n    }\n  }\n": types.PortalPersonsAppointmentDocument,
    "\n  query WidgetBookedAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      number\n      status\n      office {\n        name\n      }\n      services {\n        service {\n          name\n        }\n      }\n    }\n  }\n": types.WidgetBookedAppointmentDocument,
    "\n  query StaffCatalogueServices($search: String) {\n    services(first: 50, search: $search) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.StaffCatalogueServicesDocument,
    "\n  query StaffCatalogueServices2 {\n    services(first: 200) {\n      edges {\n        node {\n          id\n          name(language: en)\n        }\n      }\n    }\n  }\n": types.StaffCatalogueServices2Document,
    "\n  query StaffCatalogueServices3 {\n    services(first: 200) {\n      edges {\n        node {\n          id\n          name(language: de)\n          whatToBring(language: en)\n        }\n      }\n    }\n  }\n": types.StaffCatalogueServices3Document,
    "\n  query StaffClosuresAvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n    }\n  }\n": types.StaffClosuresAvailableDaysDocument,
    "\n  query StaffHolidaysAvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n    }\n  }\n": types.StaffHolidaysAvailableDaysDocument,
    "\n  mutation StaffDrawVerifyRegistration($token: String!) {\n    verifyDrawRegistration(token: $token) {\n      __typename\n    }\n  }\n": types.StaffDrawVerifyRegistrationDocument,
    "\n  mutation OidcBrowserConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      __typename\n    }\n  }\n": types.OidcBrowserConfigureIdentityProviderDocument,
    "\n  mutation TestKitLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        token\n      }\n    }\n  }\n": types.TestKitLoginDocument,
    "\n  mutation ReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        id\n        token\n        expiresAt\n        start\n        end\n        services {\n          durationSlots\n          service {\n            id\n          }\n        }\n        office {\n          id\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.ReserveSlotDocument,
    "\n  mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        manageUrl\n        ics\n        appointment {\n          id\n          number\n          status\n          channel\n          start\n          end\n          contactEmail\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": types.ConfirmAppointmentDocument,
    "\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.CancelAppointmentDocument,
    "\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        status\n        start\n        end\n        office {\n          id\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.RescheduleAppointmentDocument,
    "\n  query Appointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      number\n      status\n      start\n      end\n      channel\n      office {\n        id\n        name\n      }\n      services {\n        durationSlots\n        service {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AppointmentDocument,
    "\n  query AvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n      offices {\n        id\n      }\n    }\n  }\n": types.AvailableDaysDocument,
    "\n  query AvailableSlots($input: AvailableSlotsInput!) {\n    availableSlots(input: $input) {\n      version\n      startTimes\n      office {\n        id\n      }\n    }\n  }\n": types.AvailableSlotsDocument,
    "\n  mutation AddClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n      ... on CapacityChange {\n        closure {\n          id\n          date\n        }\n        affectedAppointments {\n          number\n          start\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.AddClosureDocument,
    "\n  mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n    updateCapacityRule(input: $input) {\n      __typename\n      ... on CapacityChange {\n        affectedAppointments {\n          number\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n": types.UpdateCapacityRuleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccountsCliViewer {\n          viewer {\n            kind\n            name\n          }\n        }\n      "): typeof import('./graphql').AccountsCliViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n      ... on StaffAccount {\n        id\n        username\n        memberships {\n          role\n          office {\n            id\n          }\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsUpdateStaffAccount($input: UpdateStaffAccountInput!) {\n    updateStaffAccount(input: $input) {\n      __typename\n      ... on StaffAccount {\n        id\n        disabled\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsUpdateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        token\n        expiresAt\n        account {\n          username\n        }\n      }\n      ... on AccountLocked {\n        lockedUntil\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsViewer {\n    viewer {\n      kind\n      name\n      account {\n        username\n        isAdmin\n        memberships {\n          role\n          office {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n        apiKey {\n          id\n          keyPrefix\n          level\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsCreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      __typename\n      ... on CreatedDevice {\n        key\n        device {\n          id\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsAuditLog($officeId: ID) {\n    auditLog(officeId: $officeId, first: 100) {\n      edges {\n        node {\n          id\n          at\n          actorKind\n          actorName\n          action\n          details\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccountsLogout {\n              logout\n            }\n          "): typeof import('./graphql').AccountsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccountsRevokeApiKey($input: RevokeInput!) {\n          revokeApiKey(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').AccountsRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OidcConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      __typename\n      ... on IdentityProviderSettings {\n        id\n        issuer\n        clientId\n        hasClientSecret\n        scopes\n        groupsClaim\n        mappings {\n          claimValue\n          roleName\n          departmentId\n          officeId\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OidcConfigureIdentityProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OidcIdentityProvider($organisationId: ID!) {\n    identityProvider(organisationId: $organisationId) {\n      displayName\n      hasClientSecret\n      mappings {\n        claimValue\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').OidcIdentityProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OidcSignInProviders($organisation: String) {\n    signInProviders(organisation: $organisation) {\n      organisationSlug\n      displayName\n      loginPath\n    }\n  }\n"): typeof import('./graphql').OidcSignInProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OidcViewer {\n    viewer {\n      kind\n      account {\n        username\n        displayName\n        assignments {\n          source\n          role {\n            name\n          }\n          office {\n            id\n          }\n          department {\n            id\n          }\n        }\n      }\n    }\n    sessionSignInProvider {\n      displayName\n    }\n  }\n"): typeof import('./graphql').OidcViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OidcQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      computedAt\n    }\n  }\n"): typeof import('./graphql').OidcQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupCompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      __typename\n      ... on StaffAccount {\n        username\n        displayName\n        isAdmin\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n"): typeof import('./graphql').SetupCompleteSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation BookingReleaseReservation($input: ReleaseReservationInput!) {\n        releaseReservation(input: $input) {\n          __typename\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    "): typeof import('./graphql').BookingReleaseReservationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReserveForPersons($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        id\n        token\n        start\n        end\n        services {\n          quantity\n          durationSlots\n          service {\n            id\n          }\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n          min\n          max\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ReserveForPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentForPersons($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      persons\n      start\n      end\n      services {\n        quantity\n        durationSlots\n        service {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppointmentForPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveForPersons($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        persons\n        start\n        end\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').MoveForPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlotsForPersons($input: AvailableSlotsInput!) {\n    availableSlots(input: $input) {\n      startTimes\n      office {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SlotsForPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityPreviewCapacityPreview($input: CapacityPreviewInput!) {\n    capacityPreview(input: $input) {\n      __typename\n      ... on CapacityPreview {\n        weekStart\n        office {\n          id\n        }\n        slots {\n          start\n          end\n          date\n          publicCapacity\n          internCapacity\n          taken\n        }\n        affectedAppointments {\n          number\n          start\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CapacityPreviewCapacityPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CapacityPreviewOffice($id: ID!) {\n            office(id: $id) {\n              version\n            }\n          }\n        "): typeof import('./graphql').CapacityPreviewOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CapacityPreviewOffice2($id: ID!) {\n          office(id: $id) {\n            version\n            capacityRules {\n              endTime\n              weekdays\n            }\n          }\n        }\n      "): typeof import('./graphql').CapacityPreviewOffice2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CapacityPreviewCreateStaffAccount($input: CreateStaffAccountInput!) {\n          createStaffAccount(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').CapacityPreviewCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosuresAddClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n      ... on CapacityChange {\n        closure {\n          id\n          date\n          until\n          reason\n        }\n        affectedAppointments {\n          id\n          number\n          date\n          status\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ClosuresAddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosuresOffice($id: ID!) {\n    office(id: $id) {\n      closures {\n        id\n        date\n        until\n        reason\n        openAppointments {\n          id\n          number\n        }\n        keptAppointments {\n          id\n          number\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClosuresOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosuresCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {\n    cancelOfficeAppointments(input: $input) {\n      __typename\n      ... on CancelledAppointments {\n        appointments {\n          number\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ClosuresCancelOfficeAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosuresKeepClosureAppointments($input: KeepClosureAppointmentsInput!) {\n    keepClosureAppointments(input: $input) {\n      __typename\n      ... on Closure {\n        id\n        openAppointments {\n          number\n        }\n        keptAppointments {\n          number\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ClosuresKeepClosureAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosuresUpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n    updateCapacityRule(input: $input) {\n      __typename\n      ... on CapacityChange {\n        affectedAppointments {\n          number\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClosuresUpdateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ClosuresCapacityPreview($input: CapacityPreviewInput!) {\n          capacityPreview(input: $input) {\n            ... on CapacityPreview {\n              affectedAppointments {\n                number\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ClosuresCapacityPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ClosuresRemoveClosure($input: RemoveClosureInput!) {\n          removeClosure(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').ClosuresRemoveClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ClosuresCreateStaffAccount($input: CreateStaffAccountInput!) {\n          createStaffAccount(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').ClosuresCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationHolidaysList($organisationId: ID!) {\n    organisationHolidays(organisationId: $organisationId) {\n      __typename\n      ... on OrganisationHolidays {\n        organisationId\n        days {\n          id\n          day\n          name\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationHolidaysListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationHolidaysAdd($input: AddOrganisationHolidayInput!) {\n    addOrganisationHoliday(input: $input) {\n      __typename\n      ... on OrganisationHolidayChange {\n        holiday {\n          id\n          day\n          name\n        }\n        holidays {\n          days {\n            day\n          }\n        }\n        affectedAppointments {\n          number\n          date\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationHolidaysAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationHolidaysRemove($input: RemoveOrganisationHolidayInput!) {\n    removeOrganisationHoliday(input: $input) {\n      __typename\n      ... on OrganisationHolidayChange {\n        holiday {\n          day\n        }\n        holidays {\n          days {\n            day\n          }\n        }\n        affectedAppointments {\n          number\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationHolidaysRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationHolidaysCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationHolidaysCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationHolidaysOrganisations {\n    organisations {\n      id\n      roles {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationHolidaysOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationHolidaysCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      __typename\n      ... on Organisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationHolidaysCreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationHolidaysUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').OrganisationHolidaysUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeSettingsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          reservationMinutes\n          displayMessage\n          noShowLimit\n          contactRetentionDays\n          ticketFirstNumber\n          ticketLastNumber\n        }\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n          message\n          min\n          max\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OfficeSettingsUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeSettingsSetOpeningHours($input: SetOpeningHoursInput!) {\n    setOpeningHours(input: $input) {\n      __typename\n      ... on Office {\n        openingHours {\n          weekdays\n          open\n          close\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n          min\n          max\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficeSettingsSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeSettingsCreateCapacityRule($input: CreateCapacityRuleInput!) {\n    createCapacityRule(input: $input) {\n      __typename\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n          min\n          max\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficeSettingsCreateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OfficeSettingsOffice($id: ID!) {\n          office(id: $id) {\n            settings {\n              reservationMinutes\n              displayMessage\n              noShowLimit\n              contactRetentionDays\n              ticketFirstNumber\n              ticketLastNumber\n            }\n          }\n        }\n      "): typeof import('./graphql').OfficeSettingsOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSearchServices($search: String, $language: MessageLanguage, $first: Int!, $after: String) {\n    services(search: $search, language: $language, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name(language: $language)\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceSearchServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ServiceSearchCreateService($input: CreateServiceInput!) {\n        createService(input: $input) {\n          ... on Service {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').ServiceSearchCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ServiceSearchSetServiceText($input: SetServiceTextInput!) {\n        setServiceText(input: $input) {\n          __typename\n          ... on Service {\n            id\n          }\n          ... on ErrorResult {\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql').ServiceSearchSetServiceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ServiceSearchServices2($language: MessageLanguage) {\n        services(first: 50) {\n          edges {\n            node {\n              id\n              name(language: $language)\n              whatToBring(language: $language)\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ServiceSearchServices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ServiceSearchSetServiceTextAnonymously($input: SetServiceTextInput!) {\n        setServiceText(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').ServiceSearchSetServiceTextAnonymouslyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ServiceSearchAddSearchSynonym($input: AddSearchSynonymInput!) {\n      addSearchSynonym(input: $input) {\n        __typename\n        ... on SearchSynonym {\n          id\n          term\n          means\n        }\n        ... on InvalidInput {\n          problems\n        }\n      }\n    }\n  "): typeof import('./graphql').ServiceSearchAddSearchSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ServiceSearchRemoveSearchSynonym($input: RemoveSearchSynonymInput!) {\n      removeSearchSynonym(input: $input) {\n        __typename\n      }\n    }\n  "): typeof import('./graphql').ServiceSearchRemoveSearchSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ServiceSearchSearchSynonyms {\n          searchSynonyms(first: 200) {\n            edges {\n              node {\n                term\n                means\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ServiceSearchSearchSynonymsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ServiceSearchSearchSynonyms2 {\n              searchSynonyms(first: 1) {\n                edges {\n                  node {\n                    term\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').ServiceSearchSearchSynonyms2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ServiceSearchCreateOffice {\n          createOffice(input: { name: \"Bürgeramt Test\", address: { street: \"Weg\", houseNumber: \"1\", postalCode: \"10115\" } }) {\n            ... on Office {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').ServiceSearchCreateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ServiceSearchSetOfficeService($input: SetOfficeServiceInput!) {\n            setOfficeService(input: $input) {\n              __typename\n            }\n          }\n        "): typeof import('./graphql').ServiceSearchSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ServiceSearchServices3 {\n          services(first: 50) {\n            edges {\n              node {\n                id\n                bookableOnline\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ServiceSearchServices3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ServiceSearchOffices($serviceIds: [ID!], $bookableOnline: Boolean) {\n              offices(serviceIds: $serviceIds, bookableOnline: $bookableOnline, first: 10) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').ServiceSearchOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').DrawJoinWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawDeclineWaitlistOffer($input: LinkTokenInput!) {\n    declineWaitlistOffer(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').DrawDeclineWaitlistOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {\n    setServiceReleaseMode(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').DrawSetServiceReleaseModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawScheduleDraw($input: ScheduleDrawInput!) {\n    scheduleDraw(input: $input) {\n      __typename\n      ... on Draw {\n        id\n        status\n        commitment\n        seed\n        releaseAt\n      }\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DrawScheduleDrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawDraws($serviceId: ID) {\n    draws(serviceId: $serviceId) {\n      id\n      status\n      commitment\n      seed\n      urgentQuota\n      registrations\n      resultUrl\n      service {\n        id\n      }\n      offices {\n        id\n      }\n      statistics {\n        offerableSlots\n        registrations\n        offersMade\n        booked\n        declined\n        lapsed\n        fillRate\n      }\n    }\n  }\n"): typeof import('./graphql').DrawDrawsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawDrawEntries($drawId: ID!) {\n    drawEntries(drawId: $drawId) {\n      digest\n      urgent\n      position\n    }\n  }\n"): typeof import('./graphql').DrawDrawEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawRegisterForDraw($input: RegisterForDrawInput!) {\n    registerForDraw(input: $input) {\n      __typename\n      ... on DrawRegistered {\n        statusToken\n        registration {\n          id\n          status\n          entryDigest\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n"): typeof import('./graphql').DrawRegisterForDrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawVerifyDrawRegistration($token: String!, $code: String) {\n    verifyDrawRegistration(token: $token, code: $code) {\n      __typename\n      ... on DrawRegistrationView {\n        status\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DrawVerifyDrawRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawDrawRegistration($token: String!) {\n    drawRegistration(token: $token) {\n      id\n      status\n      position\n      urgent\n      entryDigest\n      rollOver\n      draw {\n        id\n      }\n      offer {\n        id\n        status\n        start\n        persons\n        office {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DrawDrawRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawAcceptDrawOffer($token: String!) {\n    acceptDrawOffer(token: $token) {\n      __typename\n      ... on DrawOfferAccepted {\n        secret\n        appointment {\n          number\n          status\n          start\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DrawAcceptDrawOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawDeclineDrawOffer($token: String!) {\n    declineDrawOffer(token: $token) {\n      __typename\n      ... on DrawOfferView {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').DrawDeclineDrawOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawDrawRegistrations($drawId: ID!) {\n    drawRegistrations(drawId: $drawId) {\n      name\n      channel\n      registration {\n        id\n        status\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').DrawDrawRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawSetDrawRegistrationUrgent($registrationId: ID!, $urgent: Boolean!, $reason: String) {\n    setDrawRegistrationUrgent(registrationId: $registrationId, urgent: $urgent, reason: $reason) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').DrawSetDrawRegistrationUrgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawWithdrawDrawRegistration($token: String!) {\n    withdrawDrawRegistration(token: $token) {\n      __typename\n      ... on DrawRegistrationView {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').DrawWithdrawDrawRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawCancelDraw($drawId: ID!) {\n    cancelDraw(drawId: $drawId) {\n      __typename\n      ... on Draw {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').DrawCancelDrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      start\n      contactName\n    }\n  }\n"): typeof import('./graphql').DrawAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseModeSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {\n    setServiceReleaseMode(input: $input) {\n      __typename\n      ... on ServiceRelease {\n        officeId\n        serviceId\n        mode\n        releasedUntil\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReleaseModeSetServiceReleaseModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseModeServiceReleases($officeIds: [ID!]!) {\n    serviceReleases(officeIds: $officeIds) {\n      officeId\n      serviceId\n      mode\n      releasedUntil\n    }\n  }\n"): typeof import('./graphql').ReleaseModeServiceReleasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseModeJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReleaseModeJoinWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawMessagesSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {\n    setServiceReleaseMode(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').DrawMessagesSetServiceReleaseModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawMessagesScheduleDraw($input: ScheduleDrawInput!) {\n    scheduleDraw(input: $input) {\n      __typename\n      ... on Draw {\n        id\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n"): typeof import('./graphql').DrawMessagesScheduleDrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawMessagesRegisterForDraw($input: RegisterForDrawInput!) {\n    registerForDraw(input: $input) {\n      __typename\n      ... on DrawRegistered {\n        statusToken\n        registration {\n          id\n          status\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DrawMessagesRegisterForDrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawMessagesVerifyDrawRegistration($token: String!, $code: String) {\n    verifyDrawRegistration(token: $token, code: $code) {\n      __typename\n      ... on DrawRegistrationView {\n        status\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DrawMessagesVerifyDrawRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawMessagesDrawOffer($token: String!) {\n    drawOffer(token: $token) {\n      status\n      start\n      persons\n    }\n  }\n"): typeof import('./graphql').DrawMessagesDrawOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawMessagesDrawRegistration($token: String!) {\n    drawRegistration(token: $token) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DrawMessagesDrawRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawMessagesSaveMessageTemplate($input: SaveMessageTemplateInput!) {\n    saveMessageTemplate(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').DrawMessagesSaveMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawMessagesRemoveMessageTemplate($input: MessageTemplateScopeInput!) {\n    removeMessageTemplate(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').DrawMessagesRemoveMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawMessagesPreviewMessage($input: PreviewMessageInput!) {\n    previewMessage(input: $input) {\n      __typename\n      ... on MessagePreview {\n        source\n        subject\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').DrawMessagesPreviewMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawMessagesCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').DrawMessagesCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeadsUpLeaveTicketContact($input: LeaveTicketContactInput!) {\n    leaveTicketContact(input: $input) {\n      __typename\n      ... on TicketContact {\n        email\n        phone\n        language\n        browserNotifications\n      }\n      ... on InvalidInput {\n        problems\n        fieldProblems {\n          field\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').HeadsUpLeaveTicketContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadsUpTicketContact($input: QueueAccessInput!) {\n    ticketContact(input: $input) {\n      email\n      phone\n      browserNotifications\n    }\n  }\n"): typeof import('./graphql').HeadsUpTicketContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadsUpWebPushPublicKey {\n    webPushPublicKey\n  }\n"): typeof import('./graphql').HeadsUpWebPushPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeadsUpSubscribeTicketPush($input: SubscribeTicketPushInput!) {\n    subscribeTicketPush(input: $input) {\n      __typename\n      ... on TicketContact {\n        browserNotifications\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').HeadsUpSubscribeTicketPushDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MessageTemplatesOfficeMessages($officeId: ID!) {\n      officeMessages(officeId: $officeId) {\n        __typename\n        ... on OfficeMessages {\n          organisationId\n          templates {\n            kind\n            language\n            subject\n          }\n          organisationTemplates {\n            kind\n            subject\n          }\n          reminderOffsetsMinutes\n          defaultReminderOffsetsMinutes\n          allowedLinkHosts\n          kinds {\n            kind\n            placeholders\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesOfficeMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessageTemplatesSave($input: SaveMessageTemplateInput!) {\n      saveMessageTemplate(input: $input) {\n        __typename\n        ... on MessageTemplateText {\n          kind\n          language\n          subject\n          body\n        }\n        ... on UnknownPlaceholder {\n          code\n          placeholder\n          field\n          known\n        }\n        ... on LinkNotAllowed {\n          code\n          host\n          field\n        }\n        ... on ErrorResult {\n          message\n        }\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessageTemplatesRemove($input: MessageTemplateScopeInput!) {\n      removeMessageTemplate(input: $input) {\n        __typename\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MessageTemplatesPreview($input: PreviewMessageInput!) {\n      previewMessage(input: $input) {\n        __typename\n        ... on MessagePreview {\n          source\n          subject\n          text\n          html\n        }\n        ... on UnknownPlaceholder {\n          placeholder\n        }\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessageTemplatesSettings($input: UpdateOfficeMessageSettingsInput!) {\n      updateOfficeMessageSettings(input: $input) {\n        __typename\n        ... on OfficeMessages {\n          reminderOffsetsMinutes\n          copyEmail\n          surveyUrl\n        }\n        ... on LinkNotAllowed {\n          host\n          field\n        }\n        ... on InvalidInput {\n          fieldProblems {\n            field\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessageTemplatesSignIn($input: SignInAtCounterInput!) {\n      signInAtCounter(input: $input) {\n        __typename\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessageTemplatesCreateCounter($input: CreateCounterInput!) {\n      createCounter(input: $input) {\n        ... on Counter {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessageTemplatesCheckIn($input: CheckInInput!) {\n      checkIn(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessageTemplatesCall($input: EntryInput!) {\n      callEntry(input: $input) {\n        __typename\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessageTemplatesStart($input: EntryInput!) {\n      startService(input: $input) {\n        __typename\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessageTemplatesFinish($input: FinishServiceInput!) {\n      finishService(input: $input) {\n        __typename\n      }\n    }\n  "): typeof import('./graphql').MessageTemplatesFinishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query NotificationsAppointmentByLink($input: LinkTokenInput!) {\n      appointmentByLink(input: $input) {\n        number\n        status\n        start\n      }\n    }\n  "): typeof import('./graphql').NotificationsAppointmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation NotificationsCancelAppointmentByLink($input: LinkTokenInput!) {\n      cancelAppointmentByLink(input: $input) {\n        __typename\n        ... on Appointment {\n          number\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').NotificationsCancelAppointmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation NotificationsConfirmAppointmentByLink($input: LinkTokenInput!) {\n      confirmAppointmentByLink(input: $input) {\n        __typename\n        ... on Appointment {\n          number\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').NotificationsConfirmAppointmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsCreateService {\n          createService(input: { name: \"Personalausweis beantragen\" }) {\n            ... on Service {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').NotificationsCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsSetServiceText($input: SetServiceTextInput!) {\n        setServiceText(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').NotificationsSetServiceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsSetOfficeService($input: SetOfficeServiceInput!) {\n          setOfficeService(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').NotificationsSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {\n          cancelOfficeAppointments(input: $input) {\n            __typename\n            ... on CancelledAppointments {\n              appointments {\n                number\n                status\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      "): typeof import('./graphql').NotificationsCancelOfficeAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query NotificationsAppointment($input: AppointmentAccessInput!) {\n      appointment(input: $input) {\n        status\n        confirmBy\n      }\n    }\n  "): typeof import('./graphql').NotificationsAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').NotificationsUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription NotificationsAvailabilityChanged($officeId: ID!) {\n          availabilityChanged(officeId: $officeId) {\n            reason\n            dates\n          }\n        }\n      "): typeof import('./graphql').NotificationsAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsSetOpeningHours($input: SetOpeningHoursInput!) {\n          setOpeningHours(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').NotificationsSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation NotificationsCheckIn($input: CheckInInput!) {\n            checkIn(input: $input) {\n              __typename\n              ... on QueueEntry {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').NotificationsCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').NotificationsCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').NotificationsSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query NotificationsQueue($officeId: ID!) {\n            queue(officeId: $officeId) {\n              entries {\n                id\n                position\n              }\n            }\n          }\n        "): typeof import('./graphql').NotificationsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation NotificationsCallNext {\n              callNext {\n                __typename\n              }\n            }\n          "): typeof import('./graphql').NotificationsCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsCallNext2 {\n          callNext {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').NotificationsCallNext2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          contactRetentionDays\n          noShowLimit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RetentionJoinWaitlist($input: JoinWaitlistInput!) {\n        joinWaitlist(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').RetentionJoinWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterWorkQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      version\n      computedAt\n      nextChangeAt\n      entries {\n        id\n        displayNumber\n        status\n        position\n        estimatedWaitMinutes\n        skippedUntil\n        counterName\n        citizenName\n        services {\n          id\n          name\n        }\n      }\n      myCounter {\n        callingOrder\n        session {\n          counterName\n          staffName\n          serviceIds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CounterWorkQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterWorkIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        entry {\n          id\n          displayNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CounterWorkIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterWorkCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CounterWorkCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterWorkSignInAtCounter($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n      ... on CounterSession {\n        counterName\n        staffName\n      }\n      ... on CounterOccupied {\n        code\n        staffName\n        since\n        canTakeOver\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CounterWorkSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterWorkCallNext {\n    callNext {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CounterWorkCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CounterWorkStepMarkMissed($input: EntryInput!) {\n      markMissed(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').CounterWorkStepMarkMissedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CounterWorkStepRequeueEntry($input: EntryInput!) {\n      requeueEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').CounterWorkStepRequeueEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CounterWorkStepStartService($input: EntryInput!) {\n      startService(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').CounterWorkStepStartServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterWorkSetEntryPriority($input: SetEntryPriorityInput!) {\n    setEntryPriority(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').CounterWorkSetEntryPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CounterWorkSetOpeningHours($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').CounterWorkSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CounterWorkCreateCounter($input: CreateCounterInput!) {\n        createCounter(input: $input) {\n          ... on Counter {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').CounterWorkCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CounterWorkCreateStaffAccount($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').CounterWorkCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CounterWorkWaitingInfo($officeId: ID!) {\n          waitingInfo(officeId: $officeId) {\n            estimatedWaitMinutes\n          }\n        }\n      "): typeof import('./graphql').CounterWorkWaitingInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CounterWorkCreateDevice($input: CreateDeviceInput!) {\n          createDevice(input: $input) {\n            ... on CreatedDevice {\n              key\n            }\n          }\n        }\n      "): typeof import('./graphql').CounterWorkCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CounterWorkCheckIn2($input: CheckInInput!) {\n          checkIn(input: $input) {\n            __typename\n            ... on QueueEntry {\n              displayNumber\n              citizenName\n            }\n          }\n        }\n      "): typeof import('./graphql').CounterWorkCheckIn2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CounterWorkCounterSessions($officeId: ID!) {\n          counterSessions(officeId: $officeId) {\n            counterName\n            staffName\n          }\n        }\n      "): typeof import('./graphql').CounterWorkCounterSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription QueueEventsCallIssued($officeId: ID) {\n          callIssued(officeId: $officeId) {\n            displayNumber\n            counterName\n            version\n            office {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').QueueEventsCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueEventsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').QueueEventsCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueEventsSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').QueueEventsSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueEventsIssueTicket($input: IssueTicketInput!) {\n          issueTicket(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').QueueEventsIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueEventsCallNext {\n          callNext {\n            __typename\n            ... on QueueEntry {\n              displayNumber\n            }\n          }\n        }\n      "): typeof import('./graphql').QueueEventsCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        secret\n        statusUrl\n        entry {\n          id\n          displayNumber\n          position\n          estimatedWaitMinutes\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').QueueIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').QueueCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      version\n      entries {\n        id\n        displayNumber\n        status\n        withAppointment\n        position\n        estimatedWaitMinutes\n        counterName\n      }\n    }\n  }\n"): typeof import('./graphql').QueueQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueSignInAtCounter($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n      ... on CounterSession {\n        counterName\n      }\n    }\n  }\n"): typeof import('./graphql').QueueSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCallNext {\n    callNext {\n      __typename\n      ... on QueueEntry {\n        id\n        displayNumber\n        status\n        counterName\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').QueueCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation QueueStepRecallEntry($input: EntryInput!) {\n      recallEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n          calledCount\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').QueueStepRecallEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation QueueStepRequeueEntry($input: EntryInput!) {\n      requeueEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n          calledCount\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').QueueStepRequeueEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation QueueStepStartService($input: EntryInput!) {\n      startService(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n          calledCount\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').QueueStepStartServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCreateCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      ... on Counter {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').QueueCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      ... on CreatedDevice {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').QueueCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').QueueCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').QueueSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription QueueCallIssued($officeId: ID) {\n          callIssued(officeId: $officeId) {\n            displayNumber\n            counterName\n            room\n            version\n          }\n        }\n      "): typeof import('./graphql').QueueCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription QueueMyQueueStatus($input: QueueAccessInput!) {\n          myQueueStatus(input: $input) {\n            status\n            position\n            counterName\n            version\n          }\n        }\n      "): typeof import('./graphql').QueueMyQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueFinishService($input: FinishServiceInput!) {\n          finishService(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').QueueFinishServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription QueueMyQueueStatus2($input: QueueAccessInput!) {\n            myQueueStatus(input: $input) {\n              displayNumber\n              status\n              position\n            }\n          }\n        "): typeof import('./graphql').QueueMyQueueStatus2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').QueueUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueRedirectEntry($input: RedirectEntryInput!) {\n          redirectEntry(input: $input) {\n            __typename\n            ... on QueueEntry {\n              id\n              displayNumber\n              status\n            }\n          }\n        }\n      "): typeof import('./graphql').QueueRedirectEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QueueQueueStatus($input: QueueAccessInput!) {\n          queueStatus(input: $input) {\n            status\n            position\n          }\n        }\n      "): typeof import('./graphql').QueueQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueCallEntry($input: EntryInput!) {\n          callEntry(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').QueueCallEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueFinishService2($input: FinishServiceInput!) {\n          finishService(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').QueueFinishService2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QueueWaitingInfo($officeId: ID!) {\n          waitingInfo(officeId: $officeId) {\n            version\n            waitingCount\n            estimatedWaitMinutes\n            countersServing\n          }\n        }\n      "): typeof import('./graphql').QueueWaitingInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QueueRecentCalls($officeId: ID) {\n          recentCalls(officeId: $officeId) {\n            versions {\n              officeId\n              version\n            }\n            calls {\n              id\n              displayNumber\n              counterName\n              callCount\n            }\n          }\n        }\n      "): typeof import('./graphql').QueueRecentCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription QueueQueueChanged {\n          queueChanged(officeId: \"999999\") {\n            version\n          }\n        }\n      "): typeof import('./graphql').QueueQueueChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription QueueMyQueueStatus3 {\n          myQueueStatus(input: { number: \"1\", secret: \"wrong\" }) {\n            status\n          }\n        }\n      "): typeof import('./graphql').QueueMyQueueStatus3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription QueueQueueChanged2($officeId: ID!) {\n            queueChanged(officeId: $officeId) {\n              version\n            }\n          }\n        "): typeof import('./graphql').QueueQueueChanged2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').QueueUpdateOfficeSettings2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation QueueIssueTicket2($input: IssueTicketInput!) {\n        issueTicket(input: $input) {\n          ... on Ticket {\n            entry {\n              id\n              allowedActions\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').QueueIssueTicket2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestDraw($input: DrawRemoteTicketInput!) {\n    drawRemoteTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        secret\n        statusUrl\n        entry {\n          id\n          displayNumber\n          status\n          remote\n          position\n          checkInUntil\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RemoteTestDrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestCheckIn($input: CheckInRemoteTicketInput!) {\n    checkInRemoteTicket(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n        status\n        remote\n        position\n      }\n      ... on CheckInRefused {\n        reason\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RemoteTestCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestIssue($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        entry {\n          id\n          displayNumber\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RemoteTestIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemoteTestQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      entries {\n        id\n        displayNumber\n        status\n        remote\n        position\n        allowedActions\n      }\n      myCounter {\n        callingOrder\n      }\n    }\n  }\n"): typeof import('./graphql').RemoteTestQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemoteTestStatus($input: QueueAccessInput!) {\n    queueStatus(input: $input) {\n      status\n      remote\n      position\n      checkInFrom\n      checkInUntil\n    }\n  }\n"): typeof import('./graphql').RemoteTestStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').RemoteTestSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestHours($input: SetOpeningHoursInput!) {\n    setOpeningHours(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').RemoteTestHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      ... on CreatedDevice {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').RemoteTestDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      ... on Counter {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RemoteTestCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestStaff($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').RemoteTestStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestSignIn($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').RemoteTestSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestCallNext {\n    callNext {\n      __typename\n      ... on QueueEntry {\n        displayNumber\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RemoteTestCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteTestClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').RemoteTestClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemoteTestChallenge {\n    proofOfWorkChallenge {\n      algorithm\n      challenge\n      maxnumber\n      salt\n      signature\n    }\n  }\n"): typeof import('./graphql').RemoteTestChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingRoomWaitingRoom($officeId: ID, $groupId: ID) {\n    waitingRoom(officeId: $officeId, groupId: $groupId) {\n      groupId\n      name\n      offices {\n        version\n        displayMessage\n        waitingCount\n        estimatedWaitMinutes\n        countersServing\n        open\n        ticketsLeft\n        office {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WaitingRoomWaitingRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WaitingRoomWaitingRoomChanged($officeId: ID, $groupId: ID) {\n    waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n      version\n      displayMessage\n      waitingCount\n      open\n      ticketsLeft\n      office {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').WaitingRoomWaitingRoomChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitingRoomIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WaitingRoomIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitingRoomUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          displayMessage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WaitingRoomUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitingRoomCreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      ... on CreatedDevice {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').WaitingRoomCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingRoomWaitingRoom2($officeId: ID) {\n    waitingRoom(officeId: $officeId) {\n      offices {\n        open\n        opensAt\n      }\n    }\n  }\n"): typeof import('./graphql').WaitingRoomWaitingRoom2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitingRoomSetOpeningHours($input: SetOpeningHoursInput!) {\n    setOpeningHours(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').WaitingRoomSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitingRoomAddClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n      ... on CapacityChange {\n        closure {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WaitingRoomAddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitingRoomRemoveClosure($input: RemoveClosureInput!) {\n    removeClosure(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').WaitingRoomRemoveClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WaitingRoomStepMarkMissed($input: EntryInput!) {\n      markMissed(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n      }\n    }\n  "): typeof import('./graphql').WaitingRoomStepMarkMissedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WaitingRoomStepParkEntry($input: EntryInput!) {\n      parkEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n      }\n    }\n  "): typeof import('./graphql').WaitingRoomStepParkEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WaitingRoomStepRequeueEntry($input: EntryInput!) {\n      requeueEntry(input: $input) {\n        __typename\n        ... on QueueEntry {\n          id\n          status\n        }\n      }\n    }\n  "): typeof import('./graphql').WaitingRoomStepRequeueEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitingRoomCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      __typename\n      ... on QueueEntry {\n        id\n      }\n      ... on CheckInRefused {\n        code\n        reason\n        opensAt\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WaitingRoomCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WaitingRoomSetOpeningHours2($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').WaitingRoomSetOpeningHours2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WaitingRoomCreateOfficeGroup($input: OfficeGroupInput!) {\n        createOfficeGroup(input: $input) {\n          ... on OfficeGroup {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').WaitingRoomCreateOfficeGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription WaitingRoomWaitingRoomChanged2($officeId: ID) {\n          waitingRoomChanged(officeId: $officeId) {\n            version\n            open\n            opensAt\n          }\n        }\n      "): typeof import('./graphql').WaitingRoomWaitingRoomChanged2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WaitingRoomCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').WaitingRoomCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WaitingRoomSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').WaitingRoomSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query WaitingRoomWaitingRoom3($officeId: ID) {\n              waitingRoom(officeId: $officeId) {\n                offices {\n                  withdrawnNumbers\n                }\n              }\n            }\n          "): typeof import('./graphql').WaitingRoomWaitingRoom3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WaitingRoomCallNext {\n          callNext {\n            ... on QueueEntry {\n              id\n              displayNumber\n            }\n          }\n        }\n      "): typeof import('./graphql').WaitingRoomCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription WaitingRoomWaitingRoomChanged3($officeId: ID) {\n          waitingRoomChanged(officeId: $officeId) {\n            withdrawnNumbers\n          }\n        }\n      "): typeof import('./graphql').WaitingRoomWaitingRoomChanged3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WaitingRoomCallEntry($input: EntryInput!) {\n          callEntry(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').WaitingRoomCallEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AvailabilityEventsAvailabilityChanged($officeId: ID!) {\n    availabilityChanged(officeId: $officeId) {\n      version\n      dates\n      reason\n      office {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AvailabilityEventsAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AvailabilitySetOfficeService($input: SetOfficeServiceInput!) {\n          setOfficeService(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').AvailabilitySetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AvailabilityAvailableDays($input: AvailableDaysInput!) {\n          availableDays(input: $input) {\n            date\n            officeCount\n            offices {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').AvailabilityAvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AvailabilityCreateCapacityRule($input: CreateCapacityRuleInput!) {\n          createCapacityRule(input: $input) {\n            __typename\n            ... on InvalidInput {\n              problems\n            }\n          }\n        }\n      "): typeof import('./graphql').AvailabilityCreateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HolidayRegionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n      ... on Office {\n        settings {\n          holidayRegion\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HolidayRegionsUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HolidayRegionsOffice($id: ID!) {\n          office(id: $id) {\n            settings {\n              holidayRegion\n            }\n          }\n        }\n      "): typeof import('./graphql').HolidayRegionsOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsStatistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from\n      to\n      offices {\n        id\n      }\n      appointments\n      cancelled\n      noShows\n      walkIns\n      served\n      missed\n      appointmentsByChannel {\n        channel\n        appointments\n      }\n      waitingByHour {\n        hour\n        customers\n        meanMinutes\n        p90Minutes\n      }\n      serviceTimes {\n        service {\n          id\n        }\n        customers\n        meanMinutes\n      }\n      utilisation {\n        date\n        offered\n        booked\n      }\n    }\n  }\n"): typeof import('./graphql').StatisticsStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation StatisticsCreateStaffAccount($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').StatisticsCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StatisticsCreateOfficeGroup($input: OfficeGroupInput!) {\n          createOfficeGroup(input: $input) {\n            ... on OfficeGroup {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').StatisticsCreateOfficeGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StatisticsCreateOfficeGroup2($input: OfficeGroupInput!) {\n          createOfficeGroup(input: $input) {\n            ... on OfficeGroup {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').StatisticsCreateOfficeGroup2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n      ... on WaitlistJoined {\n        token\n        entry {\n          status\n          appointmentNumber\n          offices {\n            id\n          }\n          services {\n            id\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').WaitlistJoinWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitlistWaitlistOffer($input: LinkTokenInput!) {\n    waitlistOffer(input: $input) {\n      status\n      start\n      holdExpiresAt\n      appointmentNumber\n      office {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').WaitlistWaitlistOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) {\n    takeWaitlistOffer(input: $input) {\n      __typename\n      ... on WaitlistOfferTaken {\n        secret\n        manageUrl\n        appointment {\n          number\n          status\n          start\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WaitlistTakeWaitlistOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) {\n    leaveWaitlist(input: $input) {\n      __typename\n      ... on WaitlistEntryView {\n        status\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WaitlistLeaveWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WaitlistSetServiceText($input: SetServiceTextInput!) {\n          setServiceText(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').WaitlistSetServiceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription WaitlistAvailabilityChanged($officeId: ID!) {\n          availabilityChanged(officeId: $officeId) {\n            reason\n          }\n        }\n      "): typeof import('./graphql').WaitlistAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n      updateOfficeSettings(input: $input) {\n        __typename\n      }\n    }\n  "): typeof import('./graphql').WaitlistUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsServices {\n    services {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsViewer {\n    viewer {\n      kind\n    }\n  }\n"): typeof import('./graphql').LimitsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LimitsProofOfWorkChallenge {\n        proofOfWorkChallenge {\n          algorithm\n          challenge\n          maxnumber\n          salt\n          signature\n          required\n        }\n      }\n    "): typeof import('./graphql').LimitsProofOfWorkChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsDeepOffices {\n          offices {\n            edges {\n              node {\n                services {\n                  service {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LimitsDeepOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsCostlyServices {\n          services(first: 200) {\n            edges {\n              node {\n                id\n                name\n                description\n                url\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LimitsCostlyServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query LimitsTwentyServices {\n              services(first: 20) {\n                edges {\n                  node {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').LimitsTwentyServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LimitsQueueStatus($input: QueueAccessInput!) {\n            queueStatus(input: $input) {\n              status\n            }\n          }\n        "): typeof import('./graphql').LimitsQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription ClusterAvailabilityChanged($officeId: ID!) {\n          availabilityChanged(officeId: $officeId) {\n            version\n            reason\n          }\n        }\n      "): typeof import('./graphql').ClusterAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomFieldsUpdateBookingForm($input: UpdateBookingFormInput!) {\n    updateBookingForm(input: $input) {\n      __typename\n      ... on BookingForm {\n        remarks\n        remarksMaxLength\n        fields {\n          id\n          key\n          kind\n          required\n          maxLength\n          label(language: en)\n          labels {\n            language\n            text\n          }\n          options {\n            value\n            label\n          }\n        }\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n          message\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CustomFieldsUpdateBookingFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomFieldsBookingForm($id: ID!) {\n    office(id: $id) {\n      bookingForm {\n        remarks\n        fields {\n          key\n          required\n          label(language: en)\n          options {\n            value\n            label(language: en)\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomFieldsBookingFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomFieldsConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        appointment {\n          id\n          number\n          remarks\n          fields {\n            key\n            value\n            label\n            optionLabel(language: en)\n          }\n        }\n      }\n      ... on InvalidBookingFields {\n        code\n        message\n        refusedFields {\n          key\n          reason\n          message\n          maxLength\n          options\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CustomFieldsConfirmAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomFieldsAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      id\n      start\n      remarks\n      fields {\n        key\n        value\n        label(language: en)\n        optionLabel\n      }\n    }\n  }\n"): typeof import('./graphql').CustomFieldsAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomFieldsRescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        start\n        remarks\n        fields {\n          key\n          value\n        }\n      }\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CustomFieldsRescheduleAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomFieldsReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        token\n      }\n    }\n  }\n"): typeof import('./graphql').CustomFieldsReserveSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DayPlanOfOffice($officeId: ID!, $from: LocalDate!, $days: Int!) {\n    dayPlan(officeId: $officeId, from: $from, days: $days) {\n      from\n      to\n      timeZone\n      version\n      office {\n        id\n        name\n      }\n      days {\n        date\n        appointments {\n          id\n          number\n          start\n          status\n          channel\n          contactName\n          contactEmail\n          contactPhone\n          remarks\n          fields {\n            key\n            value\n          }\n          services {\n            service {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DayPlanOfOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DayPlanExport($input: ExportDayPlanInput!) {\n    exportDayPlan(input: $input) {\n      __typename\n      ... on DayPlanFile {\n        fileName\n        mediaType\n        content\n        appointments\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DayPlanExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DayPlanChanged($officeId: ID!) {\n    dayPlanChanged(officeId: $officeId) {\n      officeId\n      version\n    }\n  }\n"): typeof import('./graphql').DayPlanChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DayPlanCreateStaff($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').DayPlanCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DayPlanCreateApiKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          ... on CreatedApiKey {\n            key\n          }\n        }\n      }\n    "): typeof import('./graphql').DayPlanCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DayPlanNightRule($input: CreateCapacityRuleInput!) {\n        createCapacityRule(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').DayPlanNightRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DayPlanBookingForm($input: UpdateBookingFormInput!) {\n        updateBookingForm(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').DayPlanBookingFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DayPlanAddNote($input: AddInternalNoteInput!) {\n        addInternalNote(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').DayPlanAddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EmbeddedDefaultOffices {\n        offices(first: 100) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').EmbeddedDefaultOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EmbeddedDefaultServices {\n        services(search: \"Anmeldung einer Wohnung\") {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').EmbeddedDefaultServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EmbeddedDefaultAvailableDays($input: AvailableDaysInput!) {\n        availableDays(input: $input) {\n          date\n          offices {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').EmbeddedDefaultAvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DatabaseOutageCallIssued($officeId: ID) {\n    callIssued(officeId: $officeId) {\n      id\n      displayNumber\n    }\n  }\n"): typeof import('./graphql').DatabaseOutageCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DatabaseOutageCreateCounter($input: CreateCounterInput!) {\n        createCounter(input: $input) {\n          ... on Counter {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').DatabaseOutageCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DatabaseOutageSignInAtCounter($input: SignInAtCounterInput!) {\n        signInAtCounter(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').DatabaseOutageSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DatabaseOutageIssueTicket($input: IssueTicketInput!) {\n        issueTicket(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').DatabaseOutageIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DatabaseOutageCallNext {\n        callNext {\n          __typename\n          ... on QueueEntry {\n            displayNumber\n          }\n        }\n      }\n    "): typeof import('./graphql').DatabaseOutageCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsUnderConcurrencyLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AccountLocked {\n        lockedUntil\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsUnderConcurrencyLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsUnderConcurrencyCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').LimitsUnderConcurrencyCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsUnderConcurrencyIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      ... on Ticket {\n        secret\n        entry {\n          displayNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsUnderConcurrencyIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsUnderConcurrencyQueueStatus($input: QueueAccessInput!) {\n    queueStatus(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').LimitsUnderConcurrencyQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReconnectStormCreateOffice($input: CreateOfficeInput!) {\n        createOffice(input: $input) {\n          ... on Office {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').ReconnectStormCreateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReconnectStormSetOpeningHours($input: SetOpeningHoursInput!) {\n        setOpeningHours(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').ReconnectStormSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReconnectStormCreateService($input: CreateServiceInput!) {\n        createService(input: $input) {\n          ... on Service {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').ReconnectStormCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReconnectStormSetOfficeService($input: SetOfficeServiceInput!) {\n        setOfficeService(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').ReconnectStormSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReconnectStormCreateCounter($input: CreateCounterInput!) {\n        createCounter(input: $input) {\n          ... on Counter {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').ReconnectStormCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReconnectStormSignInAtCounter($input: SignInAtCounterInput!) {\n        signInAtCounter(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').ReconnectStormSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReconnectStormIssueTicket($input: IssueTicketInput!) {\n          issueTicket(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').ReconnectStormIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReconnectStormCallNext {\n          callNext {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').ReconnectStormCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RedisOutageEventsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').RedisOutageEventsCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RedisOutageEventsSignInAtCounter($input: SignInAtCounterInput!) {\n          signInAtCounter(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').RedisOutageEventsSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RedisOutageEventsRecentCalls($officeId: ID) {\n            recentCalls(officeId: $officeId) {\n              calls {\n                id\n                displayNumber\n              }\n            }\n          }\n        "): typeof import('./graphql').RedisOutageEventsRecentCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription RedisOutageEventsCallIssued($officeId: ID) {\n            callIssued(officeId: $officeId) {\n              id\n              displayNumber\n            }\n          }\n        "): typeof import('./graphql').RedisOutageEventsCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RedisOutageEventsIssueTicket($input: IssueTicketInput!) {\n          issueTicket(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').RedisOutageEventsIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RedisOutageEventsCallNext {\n          callNext {\n            __typename\n            ... on QueueEntry {\n              displayNumber\n            }\n          }\n        }\n      "): typeof import('./graphql').RedisOutageEventsCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedisOutageLimitsServices {\n    services {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RedisOutageLimitsServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedisOutageLimitsViewer {\n    viewer {\n      kind\n    }\n  }\n"): typeof import('./graphql').RedisOutageLimitsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedisOutageLimitsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').RedisOutageLimitsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SocketAbuseCreateOffice($input: CreateOfficeInput!) {\n        createOffice(input: $input) {\n          ... on Office {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').SocketAbuseCreateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SocketAbuseCreateDevice($input: CreateDeviceInput!) {\n        createDevice(input: $input) {\n          ... on CreatedDevice {\n            key\n          }\n        }\n      }\n    "): typeof import('./graphql').SocketAbuseCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SocketAbuseServices {\n          services {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').SocketAbuseServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription SocketAbuseCallIssued($officeId: ID) {\n      callIssued(officeId: $officeId) {\n        displayNumber\n      }\n    }\n  "): typeof import('./graphql').SocketAbuseCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GraphqlHttpCreateApiKey($input: CreateApiKeyInput!) {\n      createApiKey(input: $input) {\n        ... on CreatedApiKey {\n          key\n        }\n      }\n    }\n  "): typeof import('./graphql').GraphqlHttpCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostileInputTypename {\n    __typename\n  }\n"): typeof import('./graphql').HostileInputTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HostileInputCreateApiKey($input: CreateApiKeyInput!) {\n      createApiKey(input: $input) {\n        ... on CreatedApiKey {\n          key\n        }\n      }\n    }\n  "): typeof import('./graphql').HostileInputCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InputValidationServices {\n          services(after: \"garbage\") {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').InputValidationServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InputValidationCreateCapacityRule($input: CreateCapacityRuleInput!) {\n          createCapacityRule(input: $input) {\n            __typename\n            ... on InvalidInput {\n              problems\n            }\n          }\n        }\n      "): typeof import('./graphql').InputValidationCreateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InputValidationAddClosure($input: AddClosureInput!) {\n      addClosure(input: $input) {\n        __typename\n      }\n    }\n  "): typeof import('./graphql').InputValidationAddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputValidationServices2 {\n              services {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').InputValidationServices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InputValidationAuditLog {\n          auditLog(first: 1) {\n            edges {\n              node {\n                action\n                details\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').InputValidationAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InputValidationCreateService {\n          createService(input: { name: \"Gleichzeitig\" }) {\n            ... on Service {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').InputValidationCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputValidationSetOfficeService($input: SetOfficeServiceInput!) {\n            setOfficeService(input: $input) {\n              __typename\n              ... on OfficeService {\n                durationSlots\n              }\n            }\n          }\n        "): typeof import('./graphql').InputValidationSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InputValidationServices3($after: String) {\n        services(first: 2, after: $after, search: \"eingabe\") {\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "): typeof import('./graphql').InputValidationServices3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InputValidationOffices($ids: [ID!]) {\n          offices(serviceIds: $ids) {\n            edges {\n              node {\n                name\n                services {\n                  durationSlots\n                  service {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').InputValidationOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InputValidationCreateCounter($input: CreateCounterInput!) {\n      createCounter(input: $input) {\n        __typename\n        ... on Counter {\n          id\n          name\n          room\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').InputValidationCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InputValidationCreateOfficeGroup($input: OfficeGroupInput!) {\n      createOfficeGroup(input: $input) {\n        __typename\n        ... on OfficeGroup {\n          id\n          name\n          offices {\n            id\n          }\n        }\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').InputValidationCreateOfficeGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesAddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      __typename\n      ... on InternalNote {\n        id\n        appointmentId\n        queueEntryId\n        author\n        text\n        createdAt\n      }\n      ... on InvalidInput {\n        fieldProblems {\n          field\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').NotesAddInternalNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesInternalNotes($input: InternalNotesInput!) {\n    internalNotes(input: $input) {\n      appointmentId\n      author\n      text\n    }\n  }\n"): typeof import('./graphql').NotesInternalNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesQueue($officeId: ID!) {\n    queue(officeId: $officeId) {\n      entries {\n        id\n        displayNumber\n        notes {\n          text\n          appointmentId\n          queueEntryId\n        }\n        remarks\n        bookingFields {\n          key\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotesQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        token\n      }\n      ... on ErrorResult {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').NotesReserveSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        appointment {\n          id\n          number\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotesConfirmAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      number\n    }\n  }\n"): typeof import('./graphql').NotesAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesRescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').NotesRescheduleAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ObservabilityServices {\n        services {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ObservabilityServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription ObservabilityAvailabilityChanged($officeId: ID!) {\n        availabilityChanged(officeId: $officeId) {\n          version\n        }\n      }\n    "): typeof import('./graphql').ObservabilityAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ObservabilityReserveSlot($input: ReserveSlotInput!) {\n        reserveSlot(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql').ObservabilityReserveSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsCreateStaffAccount($input: CreateStaffAccountInput!) {\n        createStaffAccount(input: $input) {\n          __typename\n          ... on StaffAccount {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsCreateApiKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          ... on CreatedApiKey {\n            key\n            apiKey {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsCreateDevice($input: CreateDeviceInput!) {\n        createDevice(input: $input) {\n          ... on CreatedDevice {\n            key\n            device {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsCreateService($input: CreateServiceInput!) {\n          createService(input: $input) {\n            ... on Service {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsCreateCounter($input: CreateCounterInput!) {\n          createCounter(input: $input) {\n            ... on Counter {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsCreateOfficeGroup($input: OfficeGroupInput!) {\n          createOfficeGroup(input: $input) {\n            ... on OfficeGroup {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsCreateOfficeGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsCreateCapacityRule($input: CreateCapacityRuleInput!) {\n        createCapacityRule(input: $input) {\n          __typename\n          ... on CapacityChange {\n            rule {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsCreateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsIssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      __typename\n      ... on Ticket {\n        secret\n        statusUrl\n        entry {\n          id\n          displayNumber\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PermissionsIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsSignInAtCounter($input: SignInAtCounterInput!) {\n    signInAtCounter(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PermissionsSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsAddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PermissionsAddInternalNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsApiKeys {\n        apiKeys {\n          id\n          name\n          level\n        }\n      }\n    "): typeof import('./graphql').PermissionsApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PermissionsAuditLog {\n          auditLog(first: 5) {\n            edges {\n              node {\n                action\n                at\n                actorKind\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PermissionsAuditLog2($officeId: ID) {\n          auditLog(first: 5, officeId: $officeId) {\n            edges {\n              node {\n                action\n                at\n                actorKind\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsAuditLog2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsCapacityPreview($input: CapacityPreviewInput!) {\n        capacityPreview(input: $input) {\n          __typename\n          ... on CapacityPreview {\n            weekStart\n            slots {\n              start\n            }\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsCapacityPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsOffice($id: ID!) {\n        office(id: $id) {\n          id\n          name\n        }\n      }\n    "): typeof import('./graphql').PermissionsOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsOfficeGroups {\n        officeGroups {\n          id\n          name\n          offices {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsOfficeGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsOffices {\n        offices(first: 5) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsServices {\n        services(first: 5) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PermissionsStaffAccounts {\n          staffAccounts(first: 5) {\n            edges {\n              node {\n                id\n                username\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsStaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PermissionsStaffAccounts2($officeId: ID) {\n          staffAccounts(first: 5, officeId: $officeId) {\n            edges {\n              node {\n                id\n                username\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsStaffAccounts2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsStatistics($input: StatisticsInput!) {\n        statistics(input: $input) {\n          appointments\n          walkIns\n          waitingByHour {\n            hour\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsViewer {\n        viewer {\n          kind\n          name\n          account {\n            username\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsReleaseReservation($input: ReleaseReservationInput!) {\n        releaseReservation(input: $input) {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsReleaseReservationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsAppointmentByLink($input: LinkTokenInput!) {\n        appointmentByLink(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').PermissionsAppointmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsDayPlan($officeId: ID!) {\n        dayPlan(officeId: $officeId, from: \"2026-03-02\", days: 7) {\n          version\n          days {\n            date\n            appointments {\n              number\n              contactName\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsDayPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsExportDayPlan($input: ExportDayPlanInput!) {\n        exportDayPlan(input: $input) {\n          __typename\n          ... on DayPlanFile {\n            fileName\n            appointments\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsExportDayPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription PermissionsDayPlanChanged($officeId: ID!) {\n        dayPlanChanged(officeId: $officeId) {\n          officeId\n          version\n        }\n      }\n    "): typeof import('./graphql').PermissionsDayPlanChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsWaitlistEntry($input: LinkTokenInput!) {\n        waitlistEntry(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').PermissionsWaitlistEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsWaitlistOffer($input: LinkTokenInput!) {\n        waitlistOffer(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').PermissionsWaitlistOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsLogout {\n        logout\n      }\n    "): typeof import('./graphql').PermissionsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsSearchSynonyms {\n        searchSynonyms(first: 5) {\n          edges {\n            node {\n              id\n              term\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsSearchSynonymsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PermissionsAddSearchSynonym($input: AddSearchSynonymInput!) {\n            addSearchSynonym(input: $input) {\n              ... on SearchSynonym {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').PermissionsAddSearchSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PermissionsSetOfficeService($input: SetOfficeServiceInput!) {\n            setOfficeService(input: $input) {\n              __typename\n            }\n          }\n        "): typeof import('./graphql').PermissionsSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription PermissionsAvailabilityChanged($officeId: ID!) {\n        availabilityChanged(officeId: $officeId) {\n          version\n          reason\n        }\n      }\n    "): typeof import('./graphql').PermissionsAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PermissionsAddClosure($input: AddClosureInput!) {\n            addClosure(input: $input) {\n              ... on CapacityChange {\n                closure {\n                  id\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').PermissionsAddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PermissionsAddClosure2($input: AddClosureInput!) {\n            addClosure(input: $input) {\n              ... on CapacityChange {\n                closure {\n                  id\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').PermissionsAddClosure2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsUpdateBookingForm($input: UpdateBookingFormInput!) {\n        updateBookingForm(input: $input) {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsUpdateBookingFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsInternalNotes($input: InternalNotesInput!) {\n        internalNotes(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').PermissionsInternalNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsQueue($officeId: ID!) {\n        queue(officeId: $officeId) {\n          version\n          entries {\n            id\n            displayNumber\n            status\n            position\n            estimatedWaitMinutes\n            counterName\n            allowedActions\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsCounterSessions($officeId: ID!) {\n        counterSessions(officeId: $officeId) {\n          counterId\n          counterName\n          staffName\n          signedInAt\n        }\n      }\n    "): typeof import('./graphql').PermissionsCounterSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsOpenAlarms($officeIds: [ID!]!) {\n        openAlarms(officeIds: $officeIds) {\n          version\n          alarms {\n            counterName\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsOpenAlarmsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription PermissionsAlarmChanged($officeIds: [ID!]!) {\n        alarmChanged(officeIds: $officeIds) {\n          officeId\n          version\n        }\n      }\n    "): typeof import('./graphql').PermissionsAlarmChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsLeadPanel($officeId: ID!) {\n        leadPanel(officeId: $officeId) {\n          version\n          waiting\n          alert\n        }\n      }\n    "): typeof import('./graphql').PermissionsLeadPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription PermissionsLeadPanelChanged($officeId: ID!) {\n        leadPanelChanged(officeId: $officeId) {\n          officeId\n          version\n        }\n      }\n    "): typeof import('./graphql').PermissionsLeadPanelChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription PermissionsQueueChanged($officeId: ID!) {\n        queueChanged(officeId: $officeId) {\n          officeId\n          version\n        }\n      }\n    "): typeof import('./graphql').PermissionsQueueChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsProofOfWorkChallenge {\n        proofOfWorkChallenge {\n          algorithm\n          challenge\n          maxnumber\n          salt\n          signature\n          required\n        }\n      }\n    "): typeof import('./graphql').PermissionsProofOfWorkChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsWaitingInfo($officeId: ID!) {\n        waitingInfo(officeId: $officeId) {\n          version\n          waitingCount\n          estimatedWaitMinutes\n          countersServing\n        }\n      }\n    "): typeof import('./graphql').PermissionsWaitingInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PermissionsRecentCalls($officeId: ID, $groupId: ID) {\n          recentCalls(officeId: $officeId, groupId: $groupId) {\n            versions {\n              officeId\n              version\n            }\n            calls {\n              id\n              displayNumber\n              counterName\n              room\n              calledAt\n              callCount\n              office {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsRecentCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PermissionsRecentCalls2($officeId: ID, $groupId: ID) {\n          recentCalls(officeId: $officeId, groupId: $groupId) {\n            versions {\n              officeId\n              version\n            }\n            calls {\n              id\n              displayNumber\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsRecentCalls2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription PermissionsCallIssued($officeId: ID, $groupId: ID) {\n          callIssued(officeId: $officeId, groupId: $groupId) {\n            id\n            displayNumber\n            counterName\n            room\n            callCount\n            version\n            office {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription PermissionsCallIssued2($officeId: ID, $groupId: ID) {\n          callIssued(officeId: $officeId, groupId: $groupId) {\n            id\n            displayNumber\n          }\n        }\n      "): typeof import('./graphql').PermissionsCallIssued2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsWaitingRoom($officeId: ID, $groupId: ID) {\n        waitingRoom(officeId: $officeId, groupId: $groupId) {\n          groupId\n          name\n          offices {\n            version\n            displayMessage\n            waitingCount\n            estimatedWaitMinutes\n            countersServing\n            open\n            ticketsLeft\n            office {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsWaitingRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription PermissionsWaitingRoomChanged($officeId: ID, $groupId: ID) {\n        waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n          version\n          waitingCount\n          office {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsWaitingRoomChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionsQueueStatus($input: QueueAccessInput!) {\n        queueStatus(input: $input) {\n          version\n          displayNumber\n          status\n          position\n          estimatedWaitMinutes\n          counterName\n          room\n        }\n      }\n    "): typeof import('./graphql').PermissionsQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription PermissionsMyQueueStatus($input: QueueAccessInput!) {\n        myQueueStatus(input: $input) {\n          version\n          displayNumber\n          status\n          position\n        }\n      }\n    "): typeof import('./graphql').PermissionsMyQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsSignOutOfCounter {\n        signOutOfCounter\n      }\n    "): typeof import('./graphql').PermissionsSignOutOfCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionsCallNext {\n        callNext {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql').PermissionsCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsSetOpeningHours($input: SetOpeningHoursInput!) {\n          setOpeningHours(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').PermissionsSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {\n          updateOfficeSettings(input: $input) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').PermissionsUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PermissionsOffice2($id: ID!) {\n          office(id: $id) {\n            capacityRules {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsOffice2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PermissionsRevokeApiKey($input: RevokeInput!) {\n            revokeApiKey(input: $input) {\n              __typename\n            }\n          }\n        "): typeof import('./graphql').PermissionsRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PermissionsViewer2 {\n                viewer {\n                  kind\n                }\n              }\n            "): typeof import('./graphql').PermissionsViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PermissionsLogout2 {\n                logout\n              }\n            "): typeof import('./graphql').PermissionsLogout2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PermissionsViewer3 {\n                viewer {\n                  kind\n                }\n              }\n            "): typeof import('./graphql').PermissionsViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PermissionsQueue2($officeId: ID!) {\n              queue(officeId: $officeId) {\n                entries {\n                  id\n                }\n              }\n            }\n          "): typeof import('./graphql').PermissionsQueue2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PermissionsQueue3($officeId: ID!) {\n            queue(officeId: $officeId) {\n              entries {\n                id\n                status\n                calledCount\n              }\n            }\n          }\n        "): typeof import('./graphql').PermissionsQueue3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PermissionsQueue4($officeId: ID!) {\n          queue(officeId: $officeId) {\n            entries {\n              status\n              allowedActions\n            }\n          }\n        }\n      "): typeof import('./graphql').PermissionsQueue4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkExampleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').SdkExampleCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkExampleSetOfficeService($input: SetOfficeServiceInput!) {\n    setOfficeService(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').SdkExampleSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      __typename\n      ... on Organisation {\n        id\n        slug\n        hosts\n        departments {\n          id\n          name\n        }\n        roles {\n          id\n          name\n          permissions\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyCreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      __typename\n      ... on Department {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyCreateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyOrganisations {\n    organisations {\n      id\n      name\n      slug\n      departments {\n        id\n        name\n      }\n      roles {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      __typename\n      ... on Office {\n        id\n        organisation {\n          slug\n        }\n        department {\n          name\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyCreateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyOffices {\n    offices(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateStaff($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      __typename\n      ... on StaffAccount {\n        id\n        assignments {\n          role {\n            name\n          }\n          department {\n            name\n          }\n          office {\n            id\n          }\n        }\n      }\n      ... on InvalidInput {\n        problems\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyUpdateSettings($input: UpdateOfficeSettingsInput!) {\n    updateOfficeSettings(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').TenancyUpdateSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyStaffAccounts {\n    staffAccounts(first: 100) {\n      edges {\n        node {\n          username\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyStaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyViewerOffices {\n    viewer {\n      workOffices: offices(permission: workQueue) {\n        name\n      }\n      statisticsOffices: offices(permission: viewStatistics) {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyViewerOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyDefineRole($input: DefineRoleInput!) {\n    defineRole(input: $input) {\n      __typename\n      ... on Role {\n        id\n        name\n        permissions\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyDefineRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateGroup($input: OfficeGroupInput!) {\n    createOfficeGroup(input: $input) {\n      __typename\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').TenancyCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustedDocumentsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').TrustedDocumentsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalBookingFormAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      remarks\n      fields {\n        key\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').PortalBookingFormAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalBookingAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      start\n      office {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PortalBookingAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDeadEndsConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on TooManyAppointments {\n        code\n        limit\n      }\n    }\n  }\n"): typeof import('./graphql').PortalDeadEndsConfirmAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDrawAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      contactName\n    }\n  }\n"): typeof import('./graphql').PortalDrawAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLiveAvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n    }\n  }\n"): typeof import('./graphql').PortalLiveAvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLiveReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        token\n      }\n    }\n  }\n"): typeof import('./graphql').PortalLiveReserveSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLiveConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        appointment {\n          number\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalLiveConfirmAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLiveAvailableSlots($input: AvailableSlotsInput!) {\n    availableSlots(input: $input) {\n      startTimes\n    }\n  }\n"): typeof import('./graphql').PortalLiveAvailableSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLiveCancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').PortalLiveCancelAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMailLinksAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      status\n      start\n      office {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PortalMailLinksAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMailLinksWaitlistEntry($input: LinkTokenInput!) {\n    waitlistEntry(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').PortalMailLinksWaitlistEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalMailLinksJoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').PortalMailLinksJoinWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPersonsAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      id\n      persons\n      start\n      end\n      office {\n        name\n      }\n      services {\n        quantity\n      }\n    }\n  }\n"): typeof import('./graphql').PortalPersonsAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetBookedAppointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      number\n      status\n      office {\n        name\n      }\n      services {\n        service {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetBookedAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCatalogueServices($search: String) {\n    services(first: 50, search: $search) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffCatalogueServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCatalogueServices2 {\n    services(first: 200) {\n      edges {\n        node {\n          id\n          name(language: en)\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffCatalogueServices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCatalogueServices3 {\n    services(first: 200) {\n      edges {\n        node {\n          id\n          name(language: de)\n          whatToBring(language: en)\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffCatalogueServices3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffClosuresAvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n    }\n  }\n"): typeof import('./graphql').StaffClosuresAvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHolidaysAvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n    }\n  }\n"): typeof import('./graphql').StaffHolidaysAvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffDrawVerifyRegistration($token: String!) {\n    verifyDrawRegistration(token: $token) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').StaffDrawVerifyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OidcBrowserConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').OidcBrowserConfigureIdentityProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestKitLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        token\n      }\n    }\n  }\n"): typeof import('./graphql').TestKitLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        id\n        token\n        expiresAt\n        start\n        end\n        services {\n          durationSlots\n          service {\n            id\n          }\n        }\n        office {\n          id\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReserveSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {\n    confirmAppointment(input: $input) {\n      __typename\n      ... on ConfirmedAppointment {\n        secret\n        manageUrl\n        ics\n        appointment {\n          id\n          number\n          status\n          channel\n          start\n          end\n          contactEmail\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CancelAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        status\n        start\n        end\n        office {\n          id\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RescheduleAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appointment($input: AppointmentAccessInput!) {\n    appointment(input: $input) {\n      number\n      status\n      start\n      end\n      channel\n      office {\n        id\n        name\n      }\n      services {\n        durationSlots\n        service {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableDays($input: AvailableDaysInput!) {\n    availableDays(input: $input) {\n      date\n      offices {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableSlots($input: AvailableSlotsInput!) {\n    availableSlots(input: $input) {\n      version\n      startTimes\n      office {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AvailableSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClosure($input: AddClosureInput!) {\n    addClosure(input: $input) {\n      __typename\n      ... on CapacityChange {\n        closure {\n          id\n          date\n        }\n        affectedAppointments {\n          number\n          start\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n    updateCapacityRule(input: $input) {\n      __typename\n      ... on CapacityChange {\n        affectedAppointments {\n          number\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidInput {\n        problems\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateCapacityRuleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
