import type { ReactNode } from 'react';
import { useClock } from './useClock';

interface PhoneFrameProps {
  /** The app's name in the drawn title bar; null for apps that fill the whole screen. */
  app: string | null;
  children: ReactNode;
  dark?: boolean;
  className?: string;
}

/** A drawn 3G handset around a simulation, so the customer sees it as it would be on a phone. */
export function PhoneFrame({ app, children, dark = false, className }: PhoneFrameProps) {
  const time = useClock();
  const classes = ['phone-frame', dark ? 'phone-frame--dark' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <div className="phone-frame__speaker" aria-hidden="true" />
      <div className="phone-frame__screen">
        <div className="phone-frame__status" aria-hidden="true">
          <span className="phone-frame__network">
            3G
            <span className="phone-frame__bars">
              <i />
              <i />
              <i />
              <i />
            </span>
          </span>
          <span>{time}</span>
          <span className="phone-frame__battery">
            <i />
          </span>
        </div>
        {app && <div className="phone-frame__title">{app}</div>}
        <div className="phone-frame__app">{children}</div>
      </div>
      <div className="phone-frame__home" aria-hidden="true" />
    </div>
  );
}
