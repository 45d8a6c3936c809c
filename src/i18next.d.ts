import 'i18next';
import type caseText from '../locales/en/case.json';
import type common from '../locales/en/common.json';
import type crash from '../locales/en/crash.json';
import type forms from '../locales/en/forms.json';
import type home from '../locales/en/home.json';
import type letters from '../locales/en/letters.json';
import type notices from '../locales/en/notices.json';
import type plan from '../locales/en/plan.json';
import type questionnaire from '../locales/en/questionnaire.json';
import type records from '../locales/en/records.json';
import type services from '../locales/en/services.json';
import type session from '../locales/en/session.json';
import type settings from '../locales/en/settings.json';
import type support from '../locales/en/support.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      case: typeof caseText;
      common: typeof common;
      crash: typeof crash;
      forms: typeof forms;
      home: typeof home;
      letters: typeof letters;
      notices: typeof notices;
      plan: typeof plan;
      questionnaire: typeof questionnaire;
      records: typeof records;
      services: typeof services;
      session: typeof session;
      settings: typeof settings;
      support: typeof support;
    };
  }
}
