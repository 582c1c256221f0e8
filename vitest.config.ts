import { defineConfig } from 'vitest/config';

// The whole suite once, plus the calendar tests under three
// process time zones, so `npm test` shows calendars give identical results whatever TZ is.
const calendarTests = ['test/time/**/*.test.ts', 'test/properties/time-*.test.ts'];
const processZones = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'];

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: calendarTests,
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      ...processZones.map((zone) => ({
        extends: true as const,
        test: { name: `calendar TZ=${zone}`, include: calendarTests, env: { TZ: zone } },
      })),
    ],
  },
});
