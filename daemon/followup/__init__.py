"""What follows a rejection: business days, the feedback-request draft, the single reminder."""
