import { graphql } from './gql';

/** The contract's operations as a client sends them. */
export const reserveSlot = graphql(`
  mutation ReserveSlot($input: ReserveSlotInput!) {
    reserveSlot(input: $input) {
      __typename
      ... on Reservation {
        id
        token
        expiresAt
        start
        end
        services {
          durationSlots
          service {
            id
          }
        }
        office {
          id
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const confirmAppointment = graphql(`
  mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {
    confirmAppointment(input: $input) {
      __typename
      ... on ConfirmedAppointment {
        secret
        manageUrl
        ics
        appointment {
          id
          number
          status
          channel
          start
          end
          contactEmail
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on InvalidInput {
        problems
      }
    }
  }
`);

export const cancelAppointment = graphql(`
  mutation CancelAppointment($input: CancelAppointmentInput!) {
    cancelAppointment(input: $input) {
      __typename
      ... on Appointment {
        status
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const rescheduleAppointment = graphql(`
  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {
    rescheduleAppointment(input: $input) {
      __typename
      ... on Appointment {
        status
        start
        end
        office {
          id
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const appointment = graphql(`
  query Appointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      number
      status
      start
      end
      channel
      office {
        id
        name
      }
      services {
        durationSlots
        service {
          id
          name
        }
      }
    }
  }
`);

export const availableDays = graphql(`
  query AvailableDays($input: AvailableDaysInput!) {
    availableDays(input: $input) {
      date
      offices {
        id
      }
    }
  }
`);

export const availableSlots = graphql(`
  query AvailableSlots($input: AvailableSlotsInput!) {
    availableSlots(input: $input) {
      version
      startTimes
      office {
        id
      }
    }
  }
`);

export const addClosure = graphql(`
  mutation AddClosure($input: AddClosureInput!) {
    addClosure(input: $input) {
      __typename
      ... on CapacityChange {
        closure {
          id
          date
        }
        affectedAppointments {
          number
          start
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const updateCapacityRule = graphql(`
  mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {
    updateCapacityRule(input: $input) {
      __typename
      ... on CapacityChange {
        affectedAppointments {
          number
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on InvalidInput {
        problems
      }
    }
  }
`);
