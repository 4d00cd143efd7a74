import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DOCS_PATH } from './security-headers.js';

/** The OpenAPI description of every route: UI at /api/docs, JSON at /api/docs-json, built on first request. */
export function setupOpenApi(app: INestApplication): void {
  const description = new DocumentBuilder()
    .setTitle('Qinao Alert API')
    .setDescription('Cross-border emergency alerting for Hengqin and Macau. Log in at POST /api/auth/login and send the access token as a Bearer token.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  SwaggerModule.setup(DOCS_PATH.slice(1), app, () => SwaggerModule.createDocument(app, description), {
    jsonDocumentUrl: `${DOCS_PATH.slice(1)}-json`,
    customSiteTitle: 'Qinao Alert API',
    swaggerOptions: { persistAuthorization: false },
  });
}
