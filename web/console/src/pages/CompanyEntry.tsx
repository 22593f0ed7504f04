import { Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { SLUG, rememberCompany, rememberedCompany } from '../auth';
import { setLang, useLang } from '../i18n';

/** The front door: which company (realm) to sign in to; the browser remembers the answer. */
export function CompanyEntry() {
  const { t, lang } = useLang();
  const navigate = useNavigate();
  return (
    <div
      style={{
        display: 'grid',
        placeItems: 'center',
        minHeight: '100vh',
        padding: 16,
        background: '#f5f7fa',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={3}>{t('entry.title')}</Typography.Title>
        <Form
          layout="vertical"
          initialValues={{ slug: rememberedCompany() }}
          onFinish={({ slug }: { slug: string }) => {
            const s = slug.trim().toLowerCase();
            rememberCompany(s);
            navigate(`/c/${s}/`);
          }}
        >
          <Form.Item
            name="slug"
            label={t('entry.prompt')}
            extra={t('entry.hint')}
            rules={[{ required: true, pattern: SLUG, message: t('entry.invalid') }]}
            normalize={(v: string) => v.trim().toLowerCase()}
          >
            <Input autoFocus size="large" placeholder={t('entry.placeholder')} autoComplete="organization" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block>
            {t('entry.continue')}
          </Button>
        </Form>
        <Button
          type="link"
          style={{ marginTop: 8, padding: 0 }}
          onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
        >
          {t('app.language')}
        </Button>
      </Card>
    </div>
  );
}
