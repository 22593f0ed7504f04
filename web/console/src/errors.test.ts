import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorText } from './errors';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';

const i18n = i18next.createInstance();
beforeAll(() =>
  i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN' }),
);

const graphQLError = (code: string, details?: object) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'server words', extensions: { code, details } }] });

describe('errors in the user’s language, by extensions.code', () => {
  it('names the code’s meaning in Chinese and in English', () => {
    expect(errorText(graphQLError('FORBIDDEN'), i18n.getFixedT('zh-CN'))).toBe('您没有执行此操作的权限。');
    expect(errorText(graphQLError('FORBIDDEN'), i18n.getFixedT('en'))).toBe(
      'You are not allowed to do this.',
    );
  });

  it('shows which field a validation failure is about', () => {
    const e = graphQLError('VALIDATION_FAILED', {
      problems: [{ field: 'input.priceFen', message: 'a non-negative integer of fen' }],
    });
    expect(errorText(e, i18n.getFixedT('zh-CN'))).toBe(
      '填写的内容有误：input.priceFen: a non-negative integer of fen',
    );
  });

  it('R-WHK-3: a refused webhook URL says why, with the address', () => {
    const e = graphQLError('URL_NOT_ALLOWED', {
      problems: [{ field: 'url', message: '10.0.0.1 is a private address' }],
    });
    expect(errorText(e, i18n.getFixedT('zh-CN'))).toBe(
      '该地址不允许调用：Webhook 只能发往公网 http(s) 地址。url: 10.0.0.1 is a private address',
    );
    expect(errorText(e, i18n.getFixedT('en'))).toMatch(
      /^That URL may not be called: .*url: 10\.0\.0\.1 is a private address$/,
    );
  });

  it('treats an unknown code as internal, and a failed fetch as the network', () => {
    expect(errorText(graphQLError('SOMETHING_NEW'), i18n.getFixedT('en'))).toBe(en.errors.INTERNAL);
    expect(errorText(new TypeError('Failed to fetch'), i18n.getFixedT('zh-CN'))).toBe(zhCN.errors.NETWORK);
    const unauthorized = new ServerError('401', {
      response: new Response('', { status: 401 }),
      bodyText: '',
    });
    expect(errorText(unauthorized, i18n.getFixedT('zh-CN'))).toBe(zhCN.errors.UNAUTHENTICATED);
  });
});
