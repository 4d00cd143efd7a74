import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { CheckedOutConnectionGuard } from './checked-out-connection.guard.js';
import { dataSourceOptions } from './data-source-options.js';

/** Connects to PostgreSQL with the shared options; never synchronizes; survives connections lost while in use. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions({ url: config.requireDatabaseUrl(), poolSize: config.databasePoolSize, applicationName: `qinao-${process.title}` }),
        autoLoadEntities: false,
      }),
    }),
  ],
  providers: [CheckedOutConnectionGuard],
})
export class DatabaseModule {}
