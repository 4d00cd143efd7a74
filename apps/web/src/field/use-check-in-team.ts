import { useCallback, useEffect, useState } from 'react';
import { cacheKeys } from './field-cache-keys.js';
import { fieldDbAvailable, readCached, writeCached } from './field-db.js';

/** The team last chosen for check-ins on this phone, remembered per account. */
export function useCheckInTeam(userId: string): [string, (teamId: string) => void] {
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    let current = true;
    setChosen('');
    if (fieldDbAvailable()) {
      void readCached<string>(cacheKeys.checkInTeam(userId))
        .then((kept) => {
          if (current && typeof kept?.value === 'string') setChosen((now) => now || kept.value);
        })
        .catch(() => undefined);
    }
    return () => {
      current = false;
    };
  }, [userId]);

  const choose = useCallback(
    (teamId: string) => {
      setChosen(teamId);
      if (fieldDbAvailable()) void writeCached(cacheKeys.checkInTeam(userId), teamId).catch(() => undefined);
    },
    [userId],
  );

  return [chosen, choose];
}
