import { lazy } from 'react';

/*
 * Screens past the home and zone screens load on demand, so the attract loop and the home
 * start with little JavaScript (the catalogue, checkout, QR codes and the experiences are
 * their own chunks). The service worker precaches every chunk: they open offline all the same.
 */
export const ZoneScreen = lazy(() =>
  import('../zones/ZoneScreen').then((m) => ({ default: m.ZoneScreen })),
);
export const ExperienceScreen = lazy(() =>
  import('../experiences/ExperienceScreen').then((m) => ({ default: m.ExperienceScreen })),
);
export const HandsetsScreen = lazy(() =>
  import('../catalogue/HandsetsScreen').then((m) => ({ default: m.HandsetsScreen })),
);
export const CompareScreen = lazy(() =>
  import('../compare/CompareScreen').then((m) => ({ default: m.CompareScreen })),
);
export const BundlesScreen = lazy(() =>
  import('../bundles/BundlesScreen').then((m) => ({ default: m.BundlesScreen })),
);
export const PlanHelperScreen = lazy(() =>
  import('../plans/PlanHelperScreen').then((m) => ({ default: m.PlanHelperScreen })),
);
export const OrderScreen = lazy(() =>
  import('../checkout/OrderScreen').then((m) => ({ default: m.OrderScreen })),
);
export const NumberPickerScreen = lazy(() =>
  import('../numbers/NumberPickerScreen').then((m) => ({ default: m.NumberPickerScreen })),
);
export const ReviewScreen = lazy(() =>
  import('../checkout/ReviewScreen').then((m) => ({ default: m.ReviewScreen })),
);
export const ConfirmationScreen = lazy(() =>
  import('../checkout/ConfirmationScreen').then((m) => ({ default: m.ConfirmationScreen })),
);
export const EnrolmentScreen = lazy(() =>
  import('../enrolment/EnrolmentScreen').then((m) => ({ default: m.EnrolmentScreen })),
);
