
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "CancelOrderItemsResult": [
      "CancellationResults",
      "IdempotencyKeyReusedError",
      "InvalidCancellationRequestError",
      "OrderItemNotFoundError",
      "RefundChangedError"
    ],
    "CancellationResult": [
      "CancellationInProgressError",
      "CancellationNotPermittedError",
      "CancellationOutcomeUnknownError",
      "CancellationWindowClosedError",
      "IdempotencyKeyReusedError",
      "InvalidCancellationRequestError",
      "ManualCancellationRequiredError",
      "OrderItemAlreadyCancelledError",
      "OrderItemCancelled",
      "OrderItemNotFoundError",
      "ProviderUnavailableError",
      "RefundChangedError",
      "WholeOrderCancellationRequiredError"
    ],
    "ErrorResult": [
      "CancellationInProgressError",
      "CancellationNotPermittedError",
      "CancellationOutcomeUnknownError",
      "CancellationWindowClosedError",
      "IdempotencyKeyReusedError",
      "InvalidCancellationRequestError",
      "InvalidRegistrationRequestError",
      "ManualCancellationRequiredError",
      "OrderItemAlreadyCancelledError",
      "OrderItemNotFoundError",
      "OrderOwnedByAnotherCustomerError",
      "ProviderUnavailableError",
      "RefundChangedError",
      "WholeOrderCancellationRequiredError"
    ],
    "Node": [
      "Order",
      "OrderItem"
    ],
    "ProviderFailureDetail": [
      "BokunErrorDetail",
      "BookingComErrorDetail",
      "MusementErrorDetail",
      "OpenActiveErrorDetail"
    ],
    "RegisterOrderResult": [
      "InvalidRegistrationRequestError",
      "OrderOwnedByAnotherCustomerError",
      "OrderRegistered"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "CancelOrderItemsResult": [
      "CancellationResults",
      "IdempotencyKeyReusedError",
      "InvalidCancellationRequestError",
      "OrderItemNotFoundError",
      "RefundChangedError"
    ],
    "CancellationResult": [
      "CancellationInProgressError",
      "CancellationNotPermittedError",
      "CancellationOutcomeUnknownError",
      "CancellationWindowClosedError",
      "IdempotencyKeyReusedError",
      "InvalidCancellationRequestError",
      "ManualCancellationRequiredError",
      "OrderItemAlreadyCancelledError",
      "OrderItemCancelled",
      "OrderItemNotFoundError",
      "ProviderUnavailableError",
      "RefundChangedError",
      "WholeOrderCancellationRequiredError"
    ],
    "ErrorResult": [
      "CancellationInProgressError",
      "CancellationNotPermittedError",
      "CancellationOutcomeUnknownError",
      "CancellationWindowClosedError",
      "IdempotencyKeyReusedError",
      "InvalidCancellationRequestError",
      "InvalidRegistrationRequestError",
      "ManualCancellationRequiredError",
      "OrderItemAlreadyCancelledError",
      "OrderItemNotFoundError",
      "OrderOwnedByAnotherCustomerError",
      "ProviderUnavailableError",
      "RefundChangedError",
      "WholeOrderCancellationRequiredError"
    ],
    "Node": [
      "Order",
      "OrderItem"
    ],
    "ProviderFailureDetail": [
      "BokunErrorDetail",
      "BookingComErrorDetail",
      "MusementErrorDetail",
      "OpenActiveErrorDetail"
    ],
    "RegisterOrderResult": [
      "InvalidRegistrationRequestError",
      "OrderOwnedByAnotherCustomerError",
      "OrderRegistered"
    ]
  }
};
      export default result;
    